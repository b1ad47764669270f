/**
 * Facilitation mode island, on scorecard pages: a full-screen dialog for a shared screen that
 * walks the areas one at a time, in the team view's discussion order, with the scale's level
 * descriptors, and everyone's scores only once revealed (so nobody anchors on the first one
 * said). Keyboard alone: N or → next, P or ← previous, R reveal, Esc back to the page.
 */
import { selector, type ActionName } from '../domain/page-ids.ts';
import { facilitationActions, facilitationHooks } from '../domain/scorecard-hooks.ts';
import { teamSummary, formatMean, formatSpread } from '../domain/team-view.ts';
import { clientText } from '../domain/ui-text/client-text.ts';
import { onActionClick } from './controls.ts';
import { savedTeam } from './saved-scorecard.ts';
import { worksheetTemplate } from './worksheet-template.ts';

/** The keys that press the dialog's buttons (Esc, as in any dialog, closes it). */
const keyActions: Partial<Record<string, ActionName<typeof facilitationActions>>> = {
  ArrowRight: facilitationActions.next,
  n: facilitationActions.next,
  N: facilitationActions.next,
  ArrowLeft: facilitationActions.previous,
  p: facilitationActions.previous,
  P: facilitationActions.previous,
  r: facilitationActions.reveal,
  R: facilitationActions.reveal,
};

function item(text: string): HTMLLIElement {
  const made = document.createElement('li');
  made.textContent = text;
  return made;
}

export function mountFacilitation(root: Document): void {
  const page = worksheetTemplate(root);
  const found = root.querySelector<HTMLDialogElement>(selector(facilitationHooks.dialog));
  const opener = root.querySelector<HTMLButtonElement>(selector(facilitationHooks.opener));
  if (!page || !found || !opener) return;
  // Named again once known to exist: the hoisted functions below cannot see the check above.
  const dialog = found;
  const { template } = page;
  const language = root.documentElement.lang;
  const text = clientText(language);
  const position = dialog.querySelector<HTMLElement>(selector(facilitationHooks.position))!;
  const title = dialog.querySelector<HTMLElement>(selector(facilitationHooks.area))!;
  const prompt = dialog.querySelector<HTMLElement>(selector(facilitationHooks.prompt))!;
  const levels = dialog.querySelector<HTMLElement>(selector(facilitationHooks.levels))!;
  const scores = dialog.querySelector<HTMLElement>(selector(facilitationHooks.scores))!;
  const revealButton = dialog.querySelector<HTMLButtonElement>(selector(facilitationHooks.action, facilitationActions.reveal))!;

  let areas: ReturnType<typeof teamSummary> = [];
  let names: string[] = [];
  let current = 0;
  let revealed = false;

  function show(): void {
    const area = areas[current];
    const definition = template.areas.find((candidate) => candidate.id === area?.areaId);
    if (!area || !definition) return;
    position.textContent = text.facilitation.position(current + 1, areas.length);
    title.textContent = area.title;
    prompt.textContent = definition.evidencePrompt;
    levels.replaceChildren(...template.scale.map((level) => item(`${level.score}: ${level.label}. ${level.descriptor}`)));
    revealButton.disabled = revealed || names.length === 0;
    if (names.length === 0) {
      scores.replaceChildren(item(text.facilitation.noScores));
    } else if (!revealed) {
      scores.replaceChildren(item(text.facilitation.hidden(names.length)));
    } else {
      scores.replaceChildren(
        ...names.map((name, index) => item(`${name}: ${area.scores[index] ?? text.notScored}`)),
        item(text.facilitation.summary(formatMean(area.mean, language), formatSpread(area, text.teamView), area.disagree ? area.spread : null)),
      );
    }
  }

  function go(step: number): void {
    const next = Math.min(areas.length - 1, Math.max(0, current + step));
    if (next === current) return;
    current = next;
    revealed = false;
    show();
  }

  const actions: Record<ActionName<typeof facilitationActions>, () => void> = {
    [facilitationActions.next]: () => go(1),
    [facilitationActions.previous]: () => go(-1),
    [facilitationActions.reveal]: () => {
      if (names.length === 0) return;
      revealed = true;
      show();
    },
    [facilitationActions.exit]: () => dialog.close(),
  };

  opener.addEventListener('click', () => {
    const team = savedTeam(template, text);
    const members = team.status === 'restored' ? team.members : [];
    names = members.map((member) => member.name);
    // The order to discuss; without a team no area differs from another, so it is the template's.
    areas = teamSummary(members, template);
    current = 0;
    revealed = false;
    show();
    dialog.showModal();
  });
  onActionClick(dialog, facilitationHooks.action, actions);
  dialog.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).matches('input, textarea')) return;
    const action = keyActions[event.key];
    if (!action) return;
    event.preventDefault();
    actions[action]();
  });
  opener.hidden = false;
}
