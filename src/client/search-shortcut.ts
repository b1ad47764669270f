import { searchInputHook, selector } from '../domain/page-ids.ts';

/** "/" focuses the search box (the page's own, or the header's; narrow screens hide the header's), unless the reader is typing. */
export function bindSearchShortcut(root: Document): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    const inputs = Array.from(root.querySelectorAll<HTMLInputElement>(selector(searchInputHook))).filter((input) => input.checkVisibility());
    const input = inputs.at(-1);
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
