/**
 * The bench baseline: builds the bare projects (project.ts) on the bench's corpus, Setlist's
 * processor then Astro's default Sätteri, one at a time so they never compete for CPU, measured by
 * the same runBuild as Setlist's build. The report compares Setlist's cold build with the bare
 * build of Setlist's processor.
 */
import { join } from 'node:path';
import { runBuild } from '../build-run.ts';
import type { RunReport } from '../report.ts';
import { outputStats } from '../site-stats.ts';
import { processorLabels, writeBareProject, type BareProcessor } from './project.ts';

export interface BaselineResult {
  setlist: RunReport;
  satteri: RunReport;
  /** Setlist's cold build time over the bare build of its processor: how far above the floor Setlist sits. */
  setlistToBare: number;
}

export interface BaselineOptions {
  /** The bench's scratch folder: the bare projects go in its `baseline/`, their logs beside Setlist's. */
  scratchRoot: string;
  /** The generated corpus, the same one Setlist built. */
  contentDir: string;
  articles: number;
  setlistColdMs: number;
}

/** Where the bare projects, their caches and their output live; bulky, so the bench deletes it unless --keep. */
export const baselineDir = (scratchRoot: string): string => join(scratchRoot, 'baseline');

async function buildBare(options: BaselineOptions, processor: BareProcessor): Promise<RunReport> {
  const project = writeBareProject(baselineDir(options.scratchRoot), processor, options.contentDir);
  console.log(`… bare ${processorLabels[processor]} build of ${options.articles} articles`);
  const run = await runBuild({
    projectRoot: project.root,
    // Astro's own CLI: the bare project has no search index or link check to run after it.
    command: ['node_modules/astro/bin/astro.mjs', 'build'],
    contentDir: options.contentDir,
    cacheDir: project.cacheDir,
    outDir: project.outDir,
    logFile: join(options.scratchRoot, `build-bare-${processor}.log`),
  });
  // Thrown, not exited: the bench then stops before cleaning up, so the project and corpus stay for a look.
  if (run.exitCode !== 0)
    throw new Error(
      `the bare ${processorLabels[processor]} build failed (exit ${run.exitCode}); its output is in ${run.logFile}, the project in ${project.root}`,
    );
  const output = outputStats(project.outDir);
  // A baseline that skipped articles would be faster for the wrong reason and flatter the ratio.
  if (output.pages !== options.articles)
    throw new Error(`the bare ${processorLabels[processor]} build wrote ${output.pages} pages for ${options.articles} articles; see ${run.logFile}`);
  return { ...run, perArticleMs: run.wallMs / options.articles, output };
}

export async function runBaseline(options: BaselineOptions): Promise<BaselineResult> {
  const setlist = await buildBare(options, 'setlist');
  const satteri = await buildBare(options, 'satteri');
  return { setlist, satteri, setlistToBare: options.setlistColdMs / setlist.wallMs };
}
