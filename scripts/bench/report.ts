/** The bench result, as JSON for machines and as a table for people. */
import type { BudgetCheck } from './budget-check.ts';
import { describeCheck } from './budget-check.ts';
import type { BuildRun } from './build-run.ts';
import { bytes, seconds } from './format.ts';
import type { ArticleWeight, OutputStats } from './site-stats.ts';
import { budgets } from '../budgets.ts';

export interface RunReport extends BuildRun {
  perArticleMs: number;
  output: OutputStats;
}

export interface BenchResult {
  articles: number;
  seed: number;
  startedAt: string;
  node: string;
  cpus: number;
  scratch: string;
  generateMs: number;
  cold: RunReport;
  /** A second build with nothing changed: same corpus, output folder and Astro cache. */
  warm: RunReport | null;
  articlePage: ArticleWeight;
  budgets: BudgetCheck[];
  ok: boolean;
}

const row = (label: string, cells: string[]): string => `  ${label.padEnd(18)}${cells.map((cell) => cell.padEnd(14)).join('')}`.trimEnd();

function stageCell(run: RunReport, name: string): string {
  const stage = run.stages.find((candidate) => candidate.name === name);
  if (!stage || stage.ms === null) return '-';
  return stage.includes.length ? `${seconds(stage.ms)} (+${stage.includes.join(', ')})` : seconds(stage.ms);
}

function runTable(result: BenchResult): string[] {
  const runs = result.warm ? [result.cold, result.warm] : [result.cold];
  const each = (cell: (run: RunReport) => string): string[] => runs.map(cell);
  return [
    row('', result.warm ? ['cold', 'warm'] : ['cold']),
    ...result.cold.stages.map((stage) => row(stage.name, each((run) => stageCell(run, stage.name)))),
    row('total', each((run) => seconds(run.wallMs))),
    row('per article', each((run) => `${run.perArticleMs.toFixed(0)} ms`)),
    row('peak memory', each((run) => bytes(run.peakRssBytes))),
    row('pages', each((run) => String(run.output.pages))),
    row('files', each((run) => String(run.output.files))),
    row('dist size', each((run) => bytes(run.output.bytes))),
    row('warning lines', each((run) => String(run.warningLines))),
  ];
}

function pageTable(page: ArticleWeight): string[] {
  const parts = [['HTML', page.html], ['CSS', page.css], ['JS (all)', page.js], ['JS to read', page.blockingJs]] as const;
  return [
    `Article page ${page.path} (what a reader downloads)`,
    row('', ['raw', 'gzip']),
    ...parts.map(([name, weight]) => row(name, [bytes(weight.raw), bytes(weight.gzip)])),
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
    `Setlist bench: ${result.articles} articles, seed ${result.seed}, Node ${result.node}, ${result.cpus} CPUs (corpus generated in ${seconds(result.generateMs)})`,
    '',
    ...runTable(result),
    '',
    ...pageTable(result.articlePage),
    '',
    ...budgetLines(result),
  ].join('\n');
}
