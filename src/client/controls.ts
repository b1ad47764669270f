/** How the islands wire their buttons and file pickers, the same way on every page. */

/** Runs the action a clicked button names in `attribute` (e.g. `data-team-action="clear"`). */
export function onActionClick(container: Element, attribute: string, actions: Record<string, () => void>): void {
  container.addEventListener('click', (event) => {
    const action = (event.target as Element).closest(`button[${attribute}]`)?.getAttribute(attribute);
    if (action) actions[action]?.();
  });
}

/** Hands over the files a reader picks, then clears the picker so the same file can be picked again. */
export function onFilesChosen(input: HTMLInputElement, handle: (files: File[]) => void): void {
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length) handle(files);
  });
}
