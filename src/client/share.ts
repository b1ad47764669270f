/**
 * "Copy teaser": puts the LinkedIn post (teaser + canonical URL) on the clipboard. Where the
 * Clipboard API is missing or refused, it selects the text so the reader can copy it by hand.
 * Without JavaScript the button stays hidden; the teaser text and the share link still work.
 */
import { selector, shareHooks } from '../domain/page-ids.ts';
import { copyOrSelect } from './clipboard.ts';

const said = {
  copied: 'Copied: the teaser and the article link are on your clipboard.',
  selected: 'The teaser is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
};

export function mountShareActions(root: Document): void {
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
