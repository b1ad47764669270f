/**
 * Tickable checklists island (components/TickableChecklist.astro): puts a checkbox, named by the
 * `<label>` of its line, in place of each drawn box, keeps the article's ticks in localStorage (the article
 * and its printable checklist share them), shows progress, clears, and prints a blank or a
 * ticked sheet. Without it the boxes stay drawn, for pen and paper.
 */
import { readTicks, writeTicks } from '../domain/checklist-ticks.ts';
import { selector, tickActions, tickBoxId, tickHooks, type ActionName } from '../domain/page-ids.ts';
import { commonClientText } from '../domain/ui-text/common-client-text.ts';
import { onActionClick } from './controls.ts';
import { openStore } from './local-store.ts';

type PrintSheet = 'blank' | 'ticked';

function printSheet(sheet: PrintSheet): void {
  const root = document.documentElement;
  root.dataset.printSheet = sheet;
  window.print();
  delete root.dataset.printSheet;
}

function mountChecklist(root: HTMLElement): void {
  const key = root.getAttribute(tickHooks.checklist);
  const tools = root.querySelector<HTMLElement>(selector(tickHooks.tools));
  const progress = root.querySelector<HTMLElement>(selector(tickHooks.progress));
  const status = root.querySelector<HTMLElement>(selector(tickHooks.status));
  if (!key || !tools || !progress || !status) return;
  const text = commonClientText(document.documentElement.lang).checklist;
  const say = (message: string) => (status.textContent = message);

  const boxes = Array.from(root.querySelectorAll<HTMLElement>(`.box${selector(tickHooks.box)}`), (drawn) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'tick';
    box.value = drawn.getAttribute(tickHooks.box) ?? '';
    box.id = tickBoxId(box.value);
    drawn.replaceWith(box);
    return box;
  });
  const shown = new Set(boxes.map((box) => box.value));
  // Ticks of boxes this page does not show (the operator checks, seen from the article) are
  // kept as they were, so saving here never clears what was ticked on the other page.
  let elsewhere: string[] = [];

  const store = openStore(key);
  const stored = store ? readTicks(store.read()) : undefined;
  if (!store) say(text.noStorage);
  else if (stored?.status === 'unreadable') say(text.unreadable);
  if (stored?.status === 'restored') {
    for (const box of boxes) box.checked = stored.ticked.has(box.value);
    elsewhere = [...stored.ticked].filter((id) => !shown.has(id));
  }

  const showProgress = () => (progress.textContent = text.progress(boxes.filter((box) => box.checked).length, boxes.length));
  const save = () => {
    showProgress();
    const ticked = [...elsewhere, ...boxes.filter((box) => box.checked).map((box) => box.value)];
    if (store && !store.write(writeTicks(ticked))) say(text.storageFull);
  };

  const actions: Record<ActionName<typeof tickActions>, () => void> = {
    [tickActions.clear]: () => {
      const anyTicked = elsewhere.length > 0 || boxes.some((box) => box.checked);
      if (anyTicked && !window.confirm(text.confirmClear)) return;
      for (const box of boxes) box.checked = false;
      elsewhere = [];
      store?.clear();
      showProgress();
      say(text.cleared);
    },
    [tickActions.printTicked]: () => printSheet('ticked'),
    [tickActions.printBlank]: () => printSheet('blank'),
  };

  root.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input.tick')) save();
  });
  onActionClick(tools, tickHooks.action, actions);
  showProgress();
  tools.hidden = false;
}

export function mountTickableChecklists(root: Document): void {
  for (const checklist of root.querySelectorAll<HTMLElement>(selector(tickHooks.checklist))) mountChecklist(checklist);
}
