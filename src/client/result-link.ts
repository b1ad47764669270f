/**
 * Result links island, on scorecard pages: "Copy result link" puts the reader's saved scores
 * (with their notes if they tick the box) into a link's fragment; a page opened from such a
 * link shows that result read-only, with "Add to team view" and "Load as mine" (handled by the
 * team view and worksheet islands). A bad link gets a message and changes nothing stored.
 */
import { scorecardEvents, selector, type ActionName } from '../domain/page-ids.ts';
import { readResultLink, resultLinkFragment, resultLinkPrefix } from '../domain/result-link.ts';
import { resultLinkActions, resultLinkHooks } from '../domain/scorecard-hooks.ts';
import { clientText } from '../domain/ui-text/client-text.ts';
import type { Assessment } from '../schemas/assessment.ts';
import { onActionClick } from './controls.ts';
import { element } from './dom.ts';
import { savedAssessment } from './saved-scorecard.ts';
import { worksheetTemplate } from './worksheet-template.ts';

export function mountResultLinks(root: Document): void {
  const page = worksheetTemplate(root);
  const copyTools = root.querySelector<HTMLElement>(selector(resultLinkHooks.tools));
  const sharedResult = root.querySelector<HTMLElement>(selector(resultLinkHooks.shared));
  if (!page || !copyTools || !sharedResult) return;
  // Named again once known to exist: the hoisted functions below cannot see the check above.
  const shared = sharedResult;
  const { template } = page;
  const text = clientText(root.documentElement.lang);
  const withNotes = copyTools.querySelector<HTMLInputElement>(selector(resultLinkHooks.withNotes))!;
  const copyStatus = copyTools.querySelector<HTMLElement>(selector(resultLinkHooks.status))!;
  const manualCopy = copyTools.querySelector<HTMLInputElement>(selector(resultLinkHooks.manualCopy))!;
  const sharedStatus = shared.querySelector<HTMLElement>(selector(resultLinkHooks.sharedStatus))!;
  const sharedHead = shared.querySelector<HTMLElement>(selector(resultLinkHooks.sharedHead))!;
  const sharedRows = shared.querySelector<HTMLElement>(selector(resultLinkHooks.sharedRows))!;
  const sharedActions = shared.querySelector<HTMLElement>(selector(resultLinkHooks.sharedActions))!;
  let received: Assessment | undefined;

  async function copyLink(): Promise<void> {
    const mine = savedAssessment(template, text);
    if (mine.status !== 'restored') {
      copyStatus.textContent = text.resultLink.scoreFirst;
      return;
    }
    const link = `${location.origin}${location.pathname}${resultLinkFragment(mine.assessment, template, { withNotes: withNotes.checked })}`;
    manualCopy.hidden = true;
    try {
      await navigator.clipboard.writeText(link);
      copyStatus.textContent = text.resultLink.copied(withNotes.checked);
    } catch {
      // No clipboard (permission refused, or not a secure context): the link to copy by hand.
      manualCopy.value = link;
      manualCopy.hidden = false;
      manualCopy.select();
      copyStatus.textContent = text.resultLink.notCopied;
    }
  }

  function showShared(): void {
    if (!location.hash.startsWith(resultLinkPrefix)) {
      shared.hidden = true;
      return;
    }
    shared.hidden = false;
    const read = readResultLink(location.hash, template, text);
    received = read.ok ? read.assessment : undefined;
    sharedActions.hidden = !read.ok;
    sharedHead.replaceChildren();
    sharedRows.replaceChildren();
    if (!read.ok) {
      sharedStatus.textContent = text.resultLink.refused(read.message);
      return;
    }
    sharedStatus.textContent = text.resultLink.shared;
    const { area: areaColumn, score, evidence, nextMove } = text.scorecardColumns;
    const head = document.createElement('tr');
    head.append(...[areaColumn, score, ...(read.withNotes ? [evidence, nextMove] : [])].map((label) => element('th', label)));
    sharedHead.append(head);
    for (const area of template.areas) {
      const entry = read.assessment.areas[area.id];
      const row = document.createElement('tr');
      row.append(element('th', area.title), element('td', entry?.score === null || entry === undefined ? text.notScored : `${entry.score}/5`));
      if (read.withNotes) row.append(element('td', entry?.evidence ?? ''), element('td', entry?.nextMove ?? ''));
      sharedRows.append(row);
    }
  }

  const actions: Record<ActionName<typeof resultLinkActions>, () => void> = {
    [resultLinkActions.copy]: () => void copyLink(),
    [resultLinkActions.addToTeam]: () => received && document.dispatchEvent(new CustomEvent(scorecardEvents.addToTeam, { detail: received })),
    [resultLinkActions.loadAsMine]: () => received && document.dispatchEvent(new CustomEvent(scorecardEvents.loadAsMine, { detail: received })),
  };
  for (const area of [copyTools, shared]) onActionClick(area, resultLinkHooks.action, actions);
  window.addEventListener('hashchange', showShared);
  copyTools.hidden = false;
  showShared();
}
