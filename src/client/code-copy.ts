/**
 * "Copy" on each highlighted code block of an article body: puts the block's code on the clipboard
 * and says so in the block's status, which screen readers announce. The button is made here, so a
 * page without JavaScript shows none that does nothing. Where the Clipboard API is missing or
 * refused, it selects the code for the reader to copy by hand, as "Copy teaser" does.
 */
import { codeHooks, selector } from '../domain/page-ids.ts';
import { element } from './dom.ts';

/** How long "Copied" shows: time to read it, and gone before the next copy says it again. */
const copiedMs = 4000;

function mountBlock(block: HTMLElement, bar: HTMLElement, text: HTMLElement): void {
  const language = block.getAttribute(codeHooks.block);
  const status = element('span', undefined, 'code-status');
  status.setAttribute('role', 'status');
  const button = element('button', 'Copy');
  button.type = 'button';
  // The visible word first, so a reader who says "Copy" to voice control reaches it.
  button.setAttribute('aria-label', language ? `Copy ${language} code` : 'Copy code');

  let clearing: number | undefined;
  const say = (message: string, forMs?: number) => {
    window.clearTimeout(clearing);
    status.textContent = '';
    // Set apart from the clearing, so the same words said again are announced again.
    clearing = window.setTimeout(() => {
      status.textContent = message;
      if (forMs !== undefined) clearing = window.setTimeout(() => (status.textContent = ''), forMs);
    }, 100);
  };

  const selectByHand = () => {
    const range = document.createRange();
    range.selectNodeContents(text);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    say('The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  };

  // Never rejects: a refused clipboard falls back to selecting the code.
  const copy = async () => {
    if (!navigator.clipboard?.writeText) {
      selectByHand();
      return;
    }
    try {
      await navigator.clipboard.writeText(text.textContent ?? '');
      say('Copied', copiedMs);
    } catch {
      selectByHand();
    }
  };
  button.addEventListener('click', () => void copy());
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
