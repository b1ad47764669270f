/**
 * "Copy" on each highlighted code block of an article body: puts the block's code on the clipboard
 * and says so in the block's status, which screen readers announce. The button is made here, so a
 * page without JavaScript shows none that does nothing. Where the Clipboard API is missing or
 * refused, it selects the code for the reader to copy by hand, as "Copy teaser" does.
 */
import { codeHooks, selector } from '../domain/page-ids.ts';
import { copyOrSelect } from './clipboard.ts';
import { element } from './dom.ts';

const said = { copied: 'Copied', selected: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.' };

function mountBlock(block: HTMLElement, bar: HTMLElement, text: HTMLElement): void {
  const language = block.getAttribute(codeHooks.block);
  const status = element('span', undefined, 'code-status');
  status.setAttribute('role', 'status');
  const button = element('button', 'Copy');
  button.type = 'button';
  // The visible word first, so a reader who says "Copy" to voice control reaches it.
  button.setAttribute('aria-label', language ? `Copy ${language} code` : 'Copy code');
  button.addEventListener('click', () => {
    // Emptied first, so the same words said again are announced again.
    status.textContent = '';
    void copyOrSelect(text.textContent ?? '', text).then((outcome) => (status.textContent = said[outcome]));
  });
  bar.append(status, button);
}

export function mountCodeCopy(root: Document): void {
  for (const block of root.querySelectorAll<HTMLElement>(selector(codeHooks.block))) {
    const bar = block.querySelector<HTMLElement>(selector(codeHooks.bar));
    const text = block.querySelector<HTMLElement>(selector(codeHooks.text));
    // Once a block: one that has its button already is left as it is.
    if (!bar || !text || bar.querySelector('button')) continue;
    mountBlock(block, bar, text);
  }
}
