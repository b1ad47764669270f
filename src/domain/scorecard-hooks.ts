/**
 * The `data-*` hooks of a scorecard page's islands (client/scorecard.ts and its neighbours) and
 * the actions their buttons name, for scorecard.astro and its components to write and the
 * scripts to select (see `Hook` in page-ids.ts). They live apart from page-ids.ts because the
 * scripts of every page (the header's among them) load that module: kept there, these names
 * would be downloaded on every page, not only on scorecard pages.
 *
 * styles/scorecard.css selects three of them too (`data-empty`, `data-team-results`,
 * `data-history-results`); CSS cannot import them, so a hook renamed here is renamed there.
 */
import type { Hook } from './page-ids.ts';

/** The worksheet, which carries the template every island of the page reads. */
export const worksheetHooks = { worksheet: 'data-worksheet', template: 'data-template' } as const satisfies Record<string, Hook>;

/** The reader's own scorecard: its tools, status line and results (client/scorecard.ts). */
export const scorecardHooks = {
  tools: 'data-tools',
  action: 'data-action',
  fileInput: 'data-import',
  status: 'data-status',
  results: 'data-results',
  /** On the results while nothing is scored. */
  empty: 'data-empty',
  average: 'data-average',
  level: 'data-level',
  firstMove: 'data-first-move',
} as const satisfies Record<string, Hook>;

/** The values of `scorecardHooks.action`: what each of the tools' buttons does. */
export const scorecardActions = {
  print: 'print',
  exportMarkdown: 'export-markdown',
  exportCsv: 'export-csv',
  exportJson: 'export-json',
  importJson: 'import-json',
  startFresh: 'start-fresh',
} as const;

/** The bar chart of the reader's scores (components/ScoreChart.astro), redrawn as they score. */
export const scoreChartHooks = {
  /** A bar's group, its value the area's id. */
  bar: 'data-bar',
  barFill: 'data-bar-fill',
  barValue: 'data-bar-value',
  description: 'data-chart-description',
} as const satisfies Record<string, Hook>;

/** Result links: copying the reader's own, and showing one shared with them (client/result-link.ts). */
export const resultLinkHooks = {
  tools: 'data-link-tools',
  action: 'data-link-action',
  withNotes: 'data-link-notes',
  status: 'data-link-status',
  /** The link, shown to copy by hand where the clipboard is refused. */
  manualCopy: 'data-link-manual',
  shared: 'data-shared-result',
  sharedStatus: 'data-shared-status',
  sharedHead: 'data-shared-head',
  sharedRows: 'data-shared-rows',
  sharedActions: 'data-shared-actions',
} as const satisfies Record<string, Hook>;

/** The values of `resultLinkHooks.action`. */
export const resultLinkActions = { copy: 'copy', addToTeam: 'add-to-team', loadAsMine: 'load-as-mine' } as const;

/** The team view (client/team-view.ts). */
export const teamHooks = {
  section: 'data-team',
  action: 'data-team-action',
  fileInput: 'data-team-import',
  linkInput: 'data-team-link',
  status: 'data-team-status',
  results: 'data-team-results',
  members: 'data-team-members',
  head: 'data-team-head',
  body: 'data-team-body',
  chart: 'data-team-chart',
  chartDescription: 'data-team-chart-description',
} as const satisfies Record<string, Hook>;

/** The values of `teamHooks.action`. */
export const teamActions = { addFiles: 'add-files', addMine: 'add-mine', addLink: 'add-link', clear: 'clear' } as const;

/** Facilitation mode, the team view's full-screen dialog (client/facilitation.ts). */
export const facilitationHooks = {
  dialog: 'data-facilitate',
  opener: 'data-facilitate-open',
  action: 'data-facilitate-action',
  position: 'data-facilitate-position',
  area: 'data-facilitate-area',
  prompt: 'data-facilitate-prompt',
  levels: 'data-facilitate-levels',
  scores: 'data-facilitate-scores',
} as const satisfies Record<string, Hook>;

/** The values of `facilitationHooks.action`, pressed by the keyboard too. */
export const facilitationActions = { previous: 'previous', reveal: 'reveal', next: 'next', exit: 'exit' } as const;

/** Scores over time (client/snapshots.ts). */
export const historyHooks = {
  section: 'data-history',
  /** The site's language, which dates are written in. */
  language: 'data-language',
  action: 'data-history-action',
  fileInput: 'data-history-import',
  status: 'data-history-status',
  results: 'data-history-results',
  between: 'data-history-between',
  changes: 'data-history-changes',
  chart: 'data-history-chart',
  chartDescription: 'data-history-chart-description',
  rows: 'data-history-rows',
} as const satisfies Record<string, Hook>;

/** The values of `historyHooks.action`. */
export const historyActions = { saveMine: 'save-mine', saveTeam: 'save-team', export: 'export', import: 'import', clear: 'clear' } as const;
