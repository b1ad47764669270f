/** The bench result, as JSON for machines and as a table for people. */
import type { BaselineResult } from './baseline/baseline.ts';
import type { PeerResult } from './peer.ts';
import type { BudgetCheck } from './budget-check.ts';
import { describeCheck } from './budget-check.ts';
import type { BuildRun } from './build-run.ts';
import { describeMix, type CorpusMix } from './corpus.ts';
import { bytes, ratio, seconds } from './format.ts';
import type { ArticleWeight } from '../../src/node/article-weight.ts';
import type { OutputStats } from './site-stats.ts';
import { budgets } from '../budgets.ts';
import { savesPerEdit, type DevLoopResult } from './dev-loop.ts';

export interface RunReport extends BuildRun {
  perArticleMs: number;
  output: OutputStats;
}

/** What every bench run records of itself: the corpus, the machine, where its files are. */
export interface BenchRun {
  articles: number;
  seed: number;
  startedAt: string;
  node: string;
  cpus: number;
  scratch: string;
  /** How many articles' bodies have each feature beyond Markdown (corpus.ts). */
  mix: CorpusMix;
}

export interface BenchResult extends BenchRun {
  generateMs: number;
  cold: RunReport;
  /** A second build with nothing changed: same corpus, output folder and Astro cache. */
  warm: RunReport | null;
  /** A third build after one article's body was edited (its first article). */
  edited: RunReport | null;
  /** Bare Astro builds of the same corpus (--baseline), the floor the cold build is compared with. */
  baseline: BaselineResult | null;
  /** Cold builds interleaved with Astro Starlight's of as many articles (--peer). */
  peer: PeerResult | null;
  articlePage: ArticleWeight;
  /** The insights index's first page: a page of cards, however many articles there are. */
  indexPage: ArticleWeight;
  budgets: BudgetCheck[];
  ok: boolean;
}

const row = (label: string, cells: string[]): string => `  ${label.padEnd(18)}${cells.map((cell) => cell.padEnd(14)).join('')}`.trimEnd();

function stageCell(run: RunReport, name: string): string {
  const stage = run.stages.find((candidate) => candidate.name === name);
  if (!stage || stage.ms === null) return '-';
  return stage.includes.length ? `${seconds(stage.ms)} (+${stage.includes.join(', ')})` : seconds(stage.ms);
}

/** One column per run; `stageNames` are the stage rows, the rest are the same for every table. */
function runColumns(headers: string[], runs: RunReport[], stageNames: string[]): string[] {
  const each = (cell: (run: RunReport) => string): string[] => runs.map(cell);
  // One table row per line.
  // prettier-ignore
  return [
    row('', headers),
    ...stageNames.map((name) => row(name, each((run) => stageCell(run, name)))),
    row('total', each((run) => seconds(run.wallMs))),
    row('per article', each((run) => `${run.perArticleMs.toFixed(0)} ms`)),
    row('peak memory', each((run) => bytes(run.peakRssBytes))),
    row('pages', each((run) => String(run.output.pages))),
    row('files', each((run) => String(run.output.files))),
    row('dist size', each((run) => bytes(run.output.bytes))),
    row('warning lines', each((run) => String(run.warningLines))),
  ];
}

function runTable(result: BenchResult): string[] {
  const columns: [string, RunReport | null][] = [
    ['cold', result.cold],
    ['warm', result.warm],
    ['one edit', result.edited],
  ];
  const ran = columns.filter((column): column is [string, RunReport] => column[1] !== null);
  return runColumns(
    ran.map(([header]) => header),
    ran.map(([, run]) => run),
    result.cold.stages.map((stage) => stage.name),
  );
}

/** A process by its program: the script node runs (astro.mjs, setlist.ts, …), else the binary. */
function programName(command: string): string {
  const words = command.split(' ');
  const program = words.find((word) => /\.(m?js|ts)$/.test(word)) ?? words[0] ?? '';
  return program.slice(program.lastIndexOf('/') + 1);
}

/** When the cold build's memory peaked, in which stage, and each process's share (the largest first). */
function peakLine(run: RunReport): string {
  const stage = run.stages.find(
    (candidate) => candidate.startMs !== null && candidate.endMs !== null && candidate.startMs <= run.peak.atMs && run.peak.atMs < candidate.endMs,
  );
  const shares = run.peak.processes
    .filter((process) => process.rssBytes > 0)
    .sort((a, b) => b.rssBytes - a.rssBytes)
    .map((process) => `${programName(process.command)} ${bytes(process.rssBytes)}`);
  return `  cold build's memory peak at ${seconds(run.peak.atMs)}${stage ? ` (${stage.name})` : ''}: ${shares.join(', ')}`;
}

/** Stages ended by Astro's own log lines (stages.ts), so they mean the same in a bare build as in Setlist's. */
const astroStages = ['content sync', 'bundling', 'page rendering'];

function baselineTable(result: BenchResult, baseline: BaselineResult): string[] {
  const { setlist, satteri } = baseline;
  return [
    'Baseline: the same articles in a bare Astro project, one plain page each (no layout, parts, Pagefind or checks)',
    ...runColumns(['Setlist cold', 'bare, same md', 'bare Sätteri'], [result.cold, setlist, satteri], astroStages),
    '',
    `  bare, Setlist's processor (same md): ${seconds(setlist.wallMs)}`,
    `  bare Sätteri: ${seconds(satteri.wallMs)}`,
    // The floor Astro and the Markdown pipeline set on their own; Setlist's budget is the peer's ratio.
    `  Setlist / bare, Setlist's processor: ${ratio(baseline.setlistToBare)}`,
    `  bare Sätteri / bare, Setlist's processor: ${ratio(satteri.wallMs / setlist.wallMs)}`,
  ];
}

function pageTable(name: string, page: ArticleWeight): string[] {
  const parts = [
    ['HTML', page.html],
    ['CSS', page.css],
    ['JS (all)', page.js],
    ['JS to read', page.blockingJs],
  ] as const;
  return [
    `${name} ${page.path} (what a reader downloads)`,
    row('', ['raw', 'gzip']),
    ...parts.map(([name, weight]) => row(name, [bytes(weight.raw), bytes(weight.gzip)])),
  ];
}

function peerTable(peer: PeerResult): string[] {
  return [
    `Against Astro Starlight (../shared/bench/peer.sh), ${peer.rounds} interleaved cold round${peer.rounds === 1 ? '' : 's'}`,
    ...peer.lines.map((line) => `  ${line}`),
    `  Setlist / Starlight: ${ratio(peer.ratio)}`,
  ];
}

function budgetLines(result: BenchResult): string[] {
  const { baseArticles, scaleArticles } = budgets.bench;
  const sized = result.articles === baseArticles || result.articles === scaleArticles;
  return [
    'Budgets',
    ...result.budgets.map((check) => `  ${describeCheck(check)}`),
    ...(sized ? [] : [`  (time and memory budgets are set for ${baseArticles} and ${scaleArticles} articles; at ${result.articles} they are only reported)`]),
  ];
}

export function formatResult(result: BenchResult): string {
  return [
    `Setlist bench: ${result.articles} articles (${describeMix(result.mix)}), seed ${result.seed}, Node ${result.node}, ${result.cpus} CPUs (corpus generated in ${seconds(result.generateMs)})`,
    '',
    ...runTable(result),
    peakLine(result.cold),
    '',
    ...(result.baseline ? [...baselineTable(result, result.baseline), ''] : []),
    ...(result.peer ? [...peerTable(result.peer), ''] : []),
    ...pageTable('Article page', result.articlePage),
    '',
    ...pageTable('Insights index', result.indexPage),
    '',
    ...budgetLines(result),
  ].join('\n');
}

/** The dev loop bench (`--dev`): its own run, so its own result. */
export interface DevBenchResult extends BenchRun {
  setlist: DevLoopResult;
  /** The Starlight peer's dev server on as many articles (--peer). */
  peer: DevLoopResult | null;
  budgets: BudgetCheck[];
  ok: boolean;
}

const editLabels = { body: 'body edit', frontmatter: 'frontmatter edit', template: 'template edit' } as const;

export function formatDevResult(result: DevBenchResult): string {
  const loops = [result.setlist, ...(result.peer ? [result.peer] : [])];
  const cells = (figure: (loop: DevLoopResult) => number | undefined): string[] => {
    const values = loops.map(figure);
    const shown = values.map((value) => (value === undefined ? '-' : seconds(value)));
    const [ours, theirs] = values;
    return result.peer ? [...shown, ours !== undefined && theirs !== undefined ? ratio(ours / theirs) : '-'] : shown;
  };
  const editRow = (kind: keyof typeof editLabels) =>
    row(
      editLabels[kind],
      cells((loop) => loop.edits.find((edit) => edit.kind === kind)?.medianMs),
    );
  const { baseArticles } = budgets.bench;
  return [
    `Setlist dev loop bench: ${result.articles} articles (${describeMix(result.mix)}), seed ${result.seed}, Node ${result.node}, ${result.cpus} CPUs`,
    `Save to served: from the file written until the dev server answers the page with the change, median of ${savesPerEdit} saves`,
    '',
    row('', [...loops.map((loop) => loop.name), ...(result.peer ? ['ratio'] : [])]),
    row(
      'cold start',
      cells((loop) => loop.coldStartMs),
    ),
    editRow('body'),
    editRow('frontmatter'),
    editRow('template'),
    '',
    ...loops.flatMap((loop) => loop.edits.map((edit) => `  ${loop.name} ${editLabels[edit.kind]}: ${edit.savesMs.map((ms) => seconds(ms)).join(', ')}`)),
    '',
    'Budgets',
    ...result.budgets.map((check) => `  ${describeCheck(check)}`),
    ...(result.articles === baseArticles
      ? []
      : [`  (the dev loop budgets are set for ${baseArticles} articles; at ${result.articles} they are only reported)`]),
  ].join('\n');
}
