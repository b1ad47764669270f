/**
 * "Copy" on each highlighted code block of an article body: puts the block's code on the clipboard
 * and says so in the block's status, which screen readers announce. The button is made here, so a
 * page without JavaScript shows none that does nothing. Where the Clipboard API is missing or
 * refused, it selects the code for the reader to copy by hand, as "Copy teaser" does.
 */
import { codeHooks, selector } from '../domain/page-ids.ts';
import { commonClientText, type CommonClientText } from '../domain/ui-text/common-client-text.ts';
import { copyOrSelect } from './clipboard.ts';
import { element } from './dom.ts';

function mountBlock(block: HTMLElement, bar: HTMLElement, code: HTMLElement, text: CommonClientText['codeCopy']): void {
  const language = block.getAttribute(codeHooks.block);
  const status = element('span', undefined, 'code-status');
  status.setAttribute('role', 'status');
  const button = element('button', text.button);
  button.type = 'button';
  // The name holds the visible word, so a reader who says it to voice control reaches the button.
  button.setAttribute('aria-label', language ? text.copyCodeIn(language) : text.copyCode);
  button.addEventListener('click', () => {
    // Emptied first, so the same words said again are announced again.
    status.textContent = '';
    void copyOrSelect(code.textContent ?? '', code).then((outcome) => (status.textContent = text[outcome]));
  });
  bar.append(status, button);
}

export function mountCodeCopy(root: Document): void {
  const text = commonClientText(document.documentElement.lang).codeCopy;
  for (const block of root.querySelectorAll<HTMLElement>(selector(codeHooks.block))) {
    const bar = block.querySelector<HTMLElement>(selector(codeHooks.bar));
    const code = block.querySelector<HTMLElement>(selector(codeHooks.text));
    // Once a block: one that has its button already is left as it is.
    if (!bar || !code || bar.querySelector('button')) continue;
    mountBlock(block, bar, code, text);
  }
}
