/**
 * Copying for the page's copy buttons ("Copy teaser", a code block's "Copy"): the text goes on the
 * clipboard; where the Clipboard API is missing or refused, the shown text is selected for the
 * reader to copy by hand. Never rejects.
 */
export async function copyOrSelect(text: string, shown: HTMLElement): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // No Clipboard API (an insecure origin, an old browser) or a refusal: select instead.
    const range = document.createRange();
    range.selectNodeContents(shown);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return 'selected';
  }
}
