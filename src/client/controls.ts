/** How the islands wire their buttons and file pickers, the same way on every page. */
import { selector, type Hook } from '../domain/page-ids.ts';

/** Runs the action a clicked button names as the value of its `hook` (e.g. the team view's "clear"). */
export function onActionClick(container: Element, hook: Hook, actions: Record<string, () => void>): void {
  container.addEventListener('click', (event) => {
    const action = (event.target as Element).closest(`button${selector(hook)}`)?.getAttribute(hook);
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
