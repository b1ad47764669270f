/**
 * `npm run bench -- --articles N [--seed S] [--keep] [--no-warm] [--[no-]baseline] [--peer [--peer-rounds R]] [--dev]`: generates a
 * synthetic corpus under .bench/, runs the real production build on it (cold, then warm with
 * nothing changed, then after one article's edit; --no-warm skips both rebuilds), reports times, stages, memory and output, and fails when a budget for this
 * N is missed. --baseline (default from 200 articles) also builds the corpus in two bare Astro
 * projects, Setlist's processor and Astro's default Sätteri (scripts/bench/baseline/), and compares. --peer interleaves cold
 * builds with Astro Starlight's of as many articles (../shared/bench/peer.sh; `setup` it once)
 * and reports the median ratio (3 rounds unless --peer-rounds says).
 * --dev measures the author's loop instead of the build (dev-loop.ts): a cold `astro dev` and
 * saves of an article's body, its frontmatter and its scorecard template, each timed until the
 * page served has it; with --peer, the Starlight peer's dev server beside it.
 * The JSON result (and each build's log) stays in the scratch folder; --keep keeps the rest.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { wholeNumber } from './args.ts';
import { baselineDir, runBaseline } from './baseline/baseline.ts';
import { checkBudgets, checkDevBudgets, describeCheck, type BudgetCheck } from './budget-check.ts';
import { runBuild, type BuildRun } from './build-run.ts';
import { generateCorpus, writeCorpus, type Corpus } from './corpus.ts';
import { formatDevResult, formatResult, type BenchResult, type BenchRun, type DevBenchResult, type RunReport } from './report.ts';
import { measureDevLoop } from './dev-loop.ts';
import { setlistDevTarget } from './setlist-dev.ts';
import { articleWeight, builtPageWeight } from '../../src/node/article-weight.ts';
import { loadSiteConfig } from '../../src/node/site-config.ts';
import { peerDevTarget, runPeer } from './peer.ts';
import { outputStats } from './site-stats.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Options {
  articles: number;
  seed: number;
  keep: boolean;
  warm: boolean;
  baseline: boolean;
  peer: boolean;
  peerRounds: number;
  dev: boolean;
}

/** Below this the bare builds are mostly Astro start-up, so their ratio says little for two more builds' time. */
const baselineFromArticles = 200;

function readOptions(): Options {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      articles: { type: 'string', default: '20' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      warm: { type: 'boolean', default: true },
      // No default: unset means "from baselineFromArticles on".
      baseline: { type: 'boolean' },
      peer: { type: 'boolean', default: false },
      'peer-rounds': { type: 'string', default: '3' },
      dev: { type: 'boolean', default: false },
    },
  });
  const articles = wholeNumber('articles', values.articles, 1);
  return {
    articles,
    seed: wholeNumber('seed', values.seed, 0),
    keep: values.keep,
    warm: values.warm,
    baseline: values.baseline ?? articles >= baselineFromArticles,
    peer: values.peer,
    peerRounds: wholeNumber('peer-rounds', values['peer-rounds'], 1),
    dev: values.dev,
  };
}

interface Scratch {
  root: string;
  content: string;
  cache: string;
  dist: string;
}

/** One folder per run under .bench/ (gitignored), so parallel runs and other builds never share a cache or output. */
function makeScratch(options: Options): Scratch {
  mkdirSync(join(projectRoot, '.bench'), { recursive: true });
  const root = mkdtempSync(join(projectRoot, '.bench', `n${options.articles}-s${options.seed}-`));
  return { root, content: join(root, 'content'), cache: join(root, 'cache'), dist: join(root, 'dist') };
}

function generate(scratch: Scratch, options: Options): { corpus: Corpus; ms: number } {
  const started = performance.now();
  const corpus = generateCorpus({ articles: options.articles, seed: options.seed });
  writeCorpus(scratch.content, corpus);
  return { corpus, ms: performance.now() - started };
}

/**
 * What an author's typical change does to the next build: one sentence more in one article's
 * body (its page and the index pages that show it render again; its data and neighbours stay).
 */
function editArticle(scratch: Scratch, corpus: Corpus, slug: string): void {
  const file = corpus.files.find((candidate) => candidate.path.endsWith(`/${slug}.mdx`));
  if (!file) throw new Error(`the corpus has no file for its first article "${slug}"`);
  appendFileSync(join(scratch.content, file.path), '\nOne more sentence, added by the bench to measure a rebuild after an edit.\n');
}

/** Runs one build and fails the bench if the build itself failed: a broken build has no figures. */
async function measuredBuild(scratch: Scratch, label: string, articles: number): Promise<RunReport> {
  console.log(`… ${label} build of ${articles} articles`);
  const run: BuildRun = await runBuild({
    projectRoot,
    command: ['scripts/setlist.ts', 'build'],
    contentDir: scratch.content,
    cacheDir: scratch.cache,
    outDir: scratch.dist,
    logFile: join(scratch.root, `build-${label}.log`),
  });
  if (run.exitCode !== 0) {
    // The scratch folder is kept on purpose: the log points into the corpus that broke the build.
    console.error(
      `✗ bench: the ${label} build failed (exit ${run.exitCode}); its output is in ${relative(projectRoot, run.logFile)}, the corpus in ${relative(projectRoot, scratch.content)}`,
    );
    process.exit(1);
  }
  return { ...run, perArticleMs: run.wallMs / articles, output: outputStats(scratch.dist) };
}

/** Without --keep, drops the bulky corpus, site and cache but keeps the result and logs. */
function cleanUp(scratch: Scratch, keep: boolean): void {
  if (keep) return;
  // rmSync does not follow the bare projects' node_modules links, so Setlist's node_modules stays.
  for (const folder of [
    scratch.content,
    scratch.cache,
    scratch.dist,
    baselineDir(scratch.root),
    join(scratch.root, 'peer-cache'),
    join(scratch.root, 'peer-dist'),
  ])
    rmSync(folder, { recursive: true, force: true });
}

const benchRun = (options: Options, scratch: Scratch, corpus: Corpus, startedAt: string): BenchRun => ({
  articles: options.articles,
  seed: options.seed,
  startedAt,
  node: process.version,
  cpus: availableParallelism(),
  scratch: relative(projectRoot, scratch.root),
  mix: corpus.mix,
});

/** Ports the dev loop bench's servers listen on: Setlist's, then the peer's. */
const devPorts = { setlist: 4398, peer: 4399 };

/** `--dev`: the author's loop on the corpus, Setlist's dev server and then the peer's. */
async function devBench(scratch: Scratch, corpus: Corpus, options: Options, startedAt: string): Promise<void> {
  console.log(`… dev loop on ${options.articles} articles: Setlist`);
  const setlist = await measureDevLoop(
    setlistDevTarget({ projectRoot, contentDir: scratch.content, cacheDir: scratch.cache, corpus }),
    devPorts.setlist,
    join(scratch.root, 'dev-setlist.log'),
  );
  let peer = null;
  if (options.peer) {
    console.log(`… dev loop on ${options.articles} articles: Starlight peer`);
    peer = await measureDevLoop(peerDevTarget(projectRoot, options.articles), devPorts.peer, join(scratch.root, 'dev-peer.log'));
  }
  const budgetChecks = checkDevBudgets(options.articles, setlist, peer);
  const result: DevBenchResult = {
    ...benchRun(options, scratch, corpus, startedAt),
    setlist,
    peer,
    budgets: budgetChecks,
    ok: budgetChecks.every((check) => check.ok),
  };
  finish(scratch, options, result, formatDevResult(result), budgetChecks);
}

/** Writes the JSON, drops the bulky scratch files, prints the report and fails the run on a missed budget. */
function finish(scratch: Scratch, options: Options, result: BenchResult | DevBenchResult, report: string, budgetChecks: BudgetCheck[]): void {
  const jsonPath = join(scratch.root, 'bench-result.json');
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  cleanUp(scratch, options.keep);
  console.log(`\n${report}\n`);
  console.log(`JSON: ${relative(projectRoot, jsonPath)}`);
  const missed = budgetChecks.filter((check) => !check.ok);
  if (missed.length) {
    console.error(`\n✗ bench: ${missed.length} budget${missed.length === 1 ? '' : 's'} missed`);
    for (const check of missed) console.error(`  ${describeCheck(check)}`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  const scratch = makeScratch(options);
  const startedAt = new Date().toISOString();
  const { corpus, ms: generateMs } = generate(scratch, options);
  if (options.dev) return devBench(scratch, corpus, options, startedAt);
  const cold = await measuredBuild(scratch, 'cold', options.articles);
  // Right after the cold build, so all three cold builds run in the same machine state; the
  // bare projects have their own caches, so Setlist's warm rebuild is still warm after them.
  const baseline = options.baseline
    ? await runBaseline({ scratchRoot: scratch.root, contentDir: scratch.content, articles: options.articles, setlistColdMs: cold.wallMs })
    : null;
  // The rebuilds come before the peer's rounds: run after them, the warm rebuild's content sync
  // took as long as a cold one's (4.6 s against 0.9 s), though nothing in its cache had changed.
  const warm = options.warm ? await measuredBuild(scratch, 'warm', options.articles) : null;
  const firstSlug = corpus.slugs[0] ?? '';
  let edited: RunReport | null = null;
  if (options.warm) {
    editArticle(scratch, corpus, firstSlug);
    edited = await measuredBuild(scratch, 'edited', options.articles);
  }
  const peer = options.peer
    ? runPeer({ projectRoot, scratchRoot: scratch.root, contentDir: scratch.content, articles: options.articles, rounds: options.peerRounds })
    : null;
  const siteConfig = await loadSiteConfig(projectRoot);
  const articlePage = articleWeight(scratch.dist, siteConfig, firstSlug);
  const indexPage = builtPageWeight(scratch.dist, siteConfig.insightsPath);
  const budgets = checkBudgets({
    articles: options.articles,
    coldMs: cold.wallMs,
    warmMs: warm?.wallMs,
    editedMs: edited?.wallMs,
    peerRatio: peer?.ratio,
    peakRssBytes: Math.max(cold.peakRssBytes, warm?.peakRssBytes ?? 0, edited?.peakRssBytes ?? 0),
    article: articlePage,
    index: indexPage,
  });
  const result: BenchResult = {
    ...benchRun(options, scratch, corpus, startedAt),
    generateMs,
    cold,
    warm,
    edited,
    baseline,
    peer,
    articlePage,
    indexPage,
    budgets,
    ok: budgets.every((check) => check.ok),
  };
  finish(scratch, options, result, formatResult(result), budgets);
}

await main().catch((error: unknown) => {
  console.error(`✗ bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
