/**
 * "Copy teaser": puts the LinkedIn post (teaser + canonical URL) on the clipboard. Where the
 * Clipboard API is missing or refused, it selects the text so the reader can copy it by hand.
 * Without JavaScript the button stays hidden; the teaser text and the share link still work.
 */
import { selector, shareHooks } from '../domain/page-ids.ts';
import { commonClientText } from '../domain/ui-text/common-client-text.ts';
import { copyOrSelect } from './clipboard.ts';

export function mountShareActions(root: Document): void {
  const said = commonClientText(document.documentElement.lang).share;
  for (const share of root.querySelectorAll<HTMLElement>(selector(shareHooks.teaser))) {
    const button = share.querySelector<HTMLButtonElement>(selector(shareHooks.copy));
    const status = share.querySelector<HTMLElement>(selector(shareHooks.status));
    const text = share.querySelector<HTMLElement>(selector(shareHooks.text));
    const post = share.getAttribute(shareHooks.post);
    if (!button || !status || !text || !post) continue;
    button.addEventListener('click', () => void copyOrSelect(post, text).then((outcome) => (status.textContent = said[outcome])));
    button.hidden = false;
  }
}
