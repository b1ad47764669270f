/**
 * Which budgets in scripts/budgets.ts apply to a bench run, and whether it met them. Time and
 * memory budgets are set for fixed corpus sizes, so other sizes only report; the article page
 * budget holds at any size.
 */
import { budgets } from '../budgets.ts';
import { bytes, ratio, seconds } from './format.ts';
import type { ArticleWeight } from '../../src/node/article-weight.ts';
import type { DevEditKind, DevLoopResult } from './dev-loop.ts';

export interface BudgetCheck {
  name: string;
  limit: number;
  actual: number;
  unit: 'ms' | 'bytes' | 'ratio';
  ok: boolean;
}

export interface MeasuredRun {
  articles: number;
  coldMs: number;
  warmMs: number | undefined;
  /** The rebuild after one article was edited, when it ran. */
  editedMs: number | undefined;
  /** Setlist's median cold build over the Starlight peer's (--peer), when it ran. */
  peerRatio: number | undefined;
  peakRssBytes: number;
  article: ArticleWeight;
  index: ArticleWeight;
}

const bench = budgets.bench;

const check = (name: string, actual: number, limit: number, unit: BudgetCheck['unit']): BudgetCheck => ({ name, limit, actual, unit, ok: actual <= limit });

/** The cold-build time limit for this corpus size, or undefined when none is set for it. */
function coldLimitMs(articles: number): number | undefined {
  const baseMs = bench.fullBuildSeconds * 1000;
  if (articles === bench.baseArticles) return baseMs;
  if (articles === bench.scaleArticles) return baseMs * bench.scaleTimeFactor;
  return undefined;
}

function timeChecks(run: MeasuredRun): BudgetCheck[] {
  const limit = coldLimitMs(run.articles);
  if (limit === undefined) return [];
  const checks = [check(`full build of ${run.articles} articles`, run.coldMs, limit, 'ms')];
  if (run.warmMs !== undefined)
    checks.push(check(`warm rebuild <= ${bench.warmRebuildShare * 100}% of cold`, run.warmMs, run.coldMs * bench.warmRebuildShare, 'ms'));
  if (run.editedMs !== undefined)
    checks.push(check(`rebuild after one edit <= ${bench.editedRebuildShare * 100}% of cold`, run.editedMs, run.coldMs * bench.editedRebuildShare, 'ms'));
  const peerLimit = run.articles === bench.baseArticles ? bench.maxRatioToPeer.base : bench.maxRatioToPeer.scale;
  if (run.peerRatio !== undefined)
    checks.push(check(`cold build <= ${peerLimit}x Starlight's (median of interleaved runs)`, run.peerRatio, peerLimit, 'ratio'));
  return checks;
}

function memoryChecks(run: MeasuredRun): BudgetCheck[] {
  if (run.articles !== bench.scaleArticles) return [];
  return [check(`peak memory at ${run.articles} articles`, run.peakRssBytes, bench.peakMemoryBytes, 'bytes')];
}

function pageChecks(article: ArticleWeight, index: ArticleWeight): BudgetCheck[] {
  return [
    check(`insights index HTML + CSS gzip (${index.path})`, index.html.gzip + index.css.gzip, budgets.indexPage.htmlPlusCssGzipBytes, 'bytes'),
    check(`article page HTML + CSS gzip (${article.path})`, article.html.gzip + article.css.gzip, budgets.articlePage.htmlPlusCssGzipBytes, 'bytes'),
    // Same rule as `npm run size`: reading needs no classic script; deferred module enhancements are reported, not counted.
    check('article page JavaScript needed to read', article.blockingJs.raw, budgets.articlePage.javascriptBytes, 'bytes'),
  ];
}

export function checkBudgets(run: MeasuredRun): BudgetCheck[] {
  return [...timeChecks(run), ...memoryChecks(run), ...pageChecks(run.article, run.index)];
}

export function describeCheck(result: BudgetCheck): string {
  const show = (value: number): string => (result.unit === 'ms' ? seconds(value) : result.unit === 'ratio' ? ratio(value) : bytes(value));
  return `${result.ok ? '✓' : '✗'} ${result.name}: ${show(result.actual)} (budget ${show(result.limit)})`;
}

const editMedian = (loop: DevLoopResult | null, kind: DevEditKind): number | undefined => loop?.edits.find((edit) => edit.kind === kind)?.medianMs;

/** The dev loop's budgets (`--dev`), set for bench.baseArticles; those against the peer only with --peer. */
export function checkDevBudgets(articles: number, setlist: DevLoopResult, peer: DevLoopResult | null): BudgetCheck[] {
  if (articles !== bench.baseArticles) return [];
  const dev = budgets.dev;
  const checks: BudgetCheck[] = [];
  const frontmatter = editMedian(setlist, 'frontmatter');
  if (frontmatter !== undefined) checks.push(check('frontmatter edit, save to served', frontmatter, dev.frontmatterEditMs, 'ms'));
  const body = editMedian(setlist, 'body');
  const peerBody = editMedian(peer, 'body');
  if (body !== undefined && peerBody !== undefined)
    checks.push(check(`body edit, save to served <= ${dev.bodyEditToPeer}x Starlight's`, body, peerBody * dev.bodyEditToPeer, 'ms'));
  if (peer) checks.push(check(`cold dev start <= ${dev.coldStartToPeer}x Starlight's`, setlist.coldStartMs, peer.coldStartMs * dev.coldStartToPeer, 'ms'));
  return checks;
}
