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
      ? `From ${describeSnapshot(previous, language)} to ${describeSnapshot(latest, language)}:`
      : `Only one snapshot so far (${describeSnapshot(latest, language)}): save another next time to see what moved.`;
    changes.replaceChildren(
      ...(previous ? changesBetween(previous, latest, template) : []).map((change) => {
        const item = document.createElement('li');
        const mark = document.createElement('span');
        mark.className = `change-mark change-${change.direction}`;
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = changeMarks[change.direction];
        item.append(mark, `${change.title}: ${describeChange(change)}`);
        return item;
      }),
    );
    rows.replaceChildren(
      ...[...snapshots].reverse().map((snapshot) => {
        const row = document.createElement('tr');
        const average = snapshotAverage(snapshot, template);
        for (const text of [describeSnapshot(snapshot, language), average === null ? 'not scored' : average.toFixed(1)]) {
          const cell = document.createElement('td');
          cell.textContent = text;
          row.append(cell);
        }
        return row;
      }),
    );
    const trend = trendChart(snapshots, template, language);
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
    if (store && !store.write(historyJson(snapshots, template)))
      say(`${message} This browser refused to keep it (its storage is full): export the history to keep it.`);
    else say(store ? message : `${message} This browser does not allow saving, so export the history before you leave.`);
    draw();
  }

  function add(snapshot: Snapshot, what: string): void {
    if (unreadable && !window.confirm('The history saved in this browser cannot be read. Start a new history?')) return;
    keep(mergeHistories(snapshots, [snapshot]), `Saved a snapshot of ${what}.`);
  }

  const actions: Record<ActionName<typeof historyActions>, () => void> = {
    [historyActions.saveMine]: () => {
      const mine = savedAssessment(template);
      if (mine.status !== 'restored') return void say('Score at least one area above first.');
      add(snapshotOfMine(mine.assessment, template), 'your scores');
    },
    [historyActions.saveTeam]: () => {
      const team = savedTeam(template);
      if (team.status !== 'restored' || team.members.length === 0) return void say('Add results to the team view first.');
      add(snapshotOfTeam(teamSummary(team.members, template), team.members.length), `the team's means (${team.members.length} people)`);
    },
    [historyActions.export]: () => download(`${template.id}-history.json`, 'application/json', historyJson(snapshots, template)),
    [historyActions.import]: () => fileInput.click(),
    [historyActions.clear]: () => {
      if ((snapshots.length || unreadable) && !window.confirm('Delete every snapshot of this scorecard in this browser?')) return;
      store?.clear();
      snapshots = [];
      unreadable = false;
      draw();
      say('The history is cleared.');
    },
  };

  onActionClick(section, historyHooks.action, actions);
  onFilesChosen(fileInput, ([file]) => {
    if (!file) return;
    if (file.size > maxImportBytes) return void say(`${file.name} was not imported: it is larger than 1 MB, so it is not a history export.`);
    file.text().then(
      (text) => {
        const read = readHistory(text, template);
        if (!read.ok) return say(`${file.name} was not imported: ${read.message}.`);
        keep(
          mergeHistories(snapshots, read.snapshots),
          `Imported ${read.snapshots.length} snapshot${read.snapshots.length === 1 ? '' : 's'} from ${file.name}.`,
        );
      },
      () => say(`${file.name} was not imported: it could not be read.`),
    );
  });

  const stored = store?.read() ?? null;
  if (stored !== null) {
    const read = readHistory(stored, template);
    if (read.ok) snapshots = read.snapshots;
    else {
      unreadable = true;
      say('The history saved in this browser cannot be read; saving a new snapshot will ask before starting a new one.');
    }
  }
  section.hidden = false;
  draw();
}
