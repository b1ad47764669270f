/**
 * Scores-over-time island, on scorecard pages: saves dated snapshots of the reader's scores or
 * of the team view's means, shows the change per area since the previous snapshot and the
 * trend of the average, and exports and imports the history. Kept in this browser per template
 * version; unreadable or refused storage is said, never silently dropped.
 */
import { maxImportBytes } from '../domain/assessment.ts';
import { selector, type ActionName } from '../domain/page-ids.ts';
import { historyActions, historyHooks } from '../domain/scorecard-hooks.ts';
import {
  changesBetween,
  describeChange,
  describeSnapshot,
  historyJson,
  historyStorageKey,
  mergeHistories,
  readHistory,
  snapshotAverage,
  snapshotOfMine,
  snapshotOfTeam,
  trendChart,
} from '../domain/snapshots.ts';
import { teamSummary } from '../domain/team-view.ts';
import { oneDecimal } from '../domain/numbers.ts';
import { clientText } from '../domain/ui-text/client-text.ts';
import type { Snapshot } from '../schemas/assessment.ts';
import { svg } from './dom.ts';
import { download } from './download.ts';
import { onActionClick, onFilesChosen } from './controls.ts';
import { openStore } from './local-store.ts';
import { savedAssessment, savedTeam } from './saved-scorecard.ts';
import { worksheetTemplate } from './worksheet-template.ts';

const changeMarks = { up: '▲', down: '▼', same: '=', new: '+', unscored: '–' } as const;

export function mountSnapshots(root: Document): void {
  const page = worksheetTemplate(root);
  const found = root.querySelector<HTMLElement>(selector(historyHooks.section));
  if (!page || !found) return;
  // Named again once known to exist: the hoisted functions below cannot see the check above.
  const section = found;
  const { template } = page;
  const language = section.getAttribute(historyHooks.language) ?? 'en';
  const text = clientText(root.documentElement.lang);
  const historyText = text.snapshots;
  const status = section.querySelector<HTMLElement>(selector(historyHooks.status))!;
  const results = section.querySelector<HTMLElement>(selector(historyHooks.results))!;
  const between = section.querySelector<HTMLElement>(selector(historyHooks.between))!;
  const changes = section.querySelector<HTMLElement>(selector(historyHooks.changes))!;
  const rows = section.querySelector<HTMLElement>(selector(historyHooks.rows))!;
  const chart = section.querySelector<SVGSVGElement>(selector(historyHooks.chart))!;
  const chartDescription = section.querySelector<SVGElement>(selector(historyHooks.chartDescription))!;
  const fileInput = section.querySelector<HTMLInputElement>(selector(historyHooks.fileInput))!;
  const store = openStore(historyStorageKey(template));
  const say = (message: string) => (status.textContent = message);

  let snapshots: Snapshot[] = [];
  // An unreadable stored history is kept as it is until the reader saves or clears on purpose.
  let unreadable = false;

  function draw(): void {
    results.hidden = snapshots.length === 0;
    const latest = snapshots.at(-1);
    const previous = snapshots.at(-2);
    if (!latest) return;
    between.textContent = previous
      ? historyText.between(describeSnapshot(previous, language, historyText), describeSnapshot(latest, language, historyText))
      : historyText.onlyOne(describeSnapshot(latest, language, historyText));
    changes.replaceChildren(
      ...(previous ? changesBetween(previous, latest, template) : []).map((change) => {
        const item = document.createElement('li');
        const mark = document.createElement('span');
        mark.className = `change-mark change-${change.direction}`;
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = changeMarks[change.direction];
        item.append(mark, `${change.title}: ${describeChange(change, language, text)}`);
        return item;
      }),
    );
    rows.replaceChildren(
      ...[...snapshots].reverse().map((snapshot) => {
        const row = document.createElement('tr');
        const average = snapshotAverage(snapshot, template);
        for (const shown of [describeSnapshot(snapshot, language, historyText), average === null ? text.notScored : oneDecimal(average, language)]) {
          const cell = document.createElement('td');
          cell.textContent = shown;
          row.append(cell);
        }
        return row;
      }),
    );
    const trend = trendChart(snapshots, template, language, historyText);
    chart.setAttribute('viewBox', `0 0 ${trend.width} ${trend.height}`);
    chartDescription.textContent = trend.description;
    const line = svg('polyline', { points: trend.points.map((point) => `${point.x},${point.y}`).join(' '), class: 'trend-line' });
    const dots = trend.points.flatMap((point) => [
      svg('circle', { cx: point.x, cy: point.y, r: 4, class: 'trend-dot' }),
      svg('text', { x: point.x, y: point.y - 10, 'text-anchor': 'middle', class: 'chart-value' }, point.label),
    ]);
    chart.replaceChildren(chartDescription, line, ...dots);
  }

  function keep(next: Snapshot[], message: string): void {
    snapshots = next;
    unreadable = false;
    if (store && !store.write(historyJson(snapshots, template))) say(historyText.notKept(message));
    else say(store ? message : historyText.noStorage(message));
    draw();
  }

  function add(snapshot: Snapshot, saved: string): void {
    if (unreadable && !window.confirm(historyText.confirmNewHistory)) return;
    keep(mergeHistories(snapshots, [snapshot]), saved);
  }

  const actions: Record<ActionName<typeof historyActions>, () => void> = {
    [historyActions.saveMine]: () => {
      const mine = savedAssessment(template, text);
      if (mine.status !== 'restored') return void say(historyText.scoreFirst);
      add(snapshotOfMine(mine.assessment, template), historyText.savedMine);
    },
    [historyActions.saveTeam]: () => {
      const team = savedTeam(template, text);
      if (team.status !== 'restored' || team.members.length === 0) return void say(historyText.teamFirst);
      add(snapshotOfTeam(teamSummary(team.members, template), team.members.length), historyText.savedTeam(team.members.length));
    },
    [historyActions.export]: () => download(historyText.fileName(template.id), 'application/json', historyJson(snapshots, template)),
    [historyActions.import]: () => fileInput.click(),
    [historyActions.clear]: () => {
      if ((snapshots.length || unreadable) && !window.confirm(historyText.confirmClear)) return;
      store?.clear();
      snapshots = [];
      unreadable = false;
      draw();
      say(historyText.cleared);
    },
  };

  onActionClick(section, historyHooks.action, actions);
  onFilesChosen(fileInput, ([file]) => {
    if (!file) return;
    if (file.size > maxImportBytes) return void say(historyText.tooLarge(file.name));
    file.text().then(
      (json) => {
        const read = readHistory(json, template, text);
        if (!read.ok) return say(historyText.refused(file.name, read.message));
        keep(mergeHistories(snapshots, read.snapshots), historyText.imported(read.snapshots.length, file.name));
      },
      () => say(historyText.unreadableFile(file.name)),
    );
  });

  const stored = store?.read() ?? null;
  if (stored !== null) {
    const read = readHistory(stored, template, text);
    if (read.ok) snapshots = read.snapshots;
    else {
      unreadable = true;
      say(historyText.unreadable);
    }
  }
  section.hidden = false;
  draw();
}
