import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkContent, fileCheckMemo, type ContentCheckResult, type FileCheckMemo } from '../authoring/check/index.ts';
import { checkReport, emptyContentReport, type CheckReport } from '../authoring/check/report.ts';
import type { z } from 'zod';
import type { SiteConfig } from '../schemas/site.ts';
import { readContentSources, type ReadTexts } from './content-files.ts';
import { contentStateText, type StateMode } from './content-state-of.ts';
import type { GitHistory } from './git-history.ts';
import { buildTime, contentRoot } from './env.ts';
import { runnableFile } from './package-files.ts';

export interface ContentOnDisk {
  /** The folder that was read (`content` unless `SETLIST_CONTENT_DIR` says otherwise). */
  root: string;
  /** Undefined when there was nothing to check. */
  result: ContentCheckResult | undefined;
  report: CheckReport;
}

/** What a dev server keeps from one check to the next: the files' texts and what each file's own check found. */
export interface DevCheckMemo {
  texts: ReadTexts;
  files: FileCheckMemo;
}

export const devCheckMemo = (): DevCheckMemo => ({ texts: new Map(), files: fileCheckMemo() });

/**
 * Reads every article and scorecard template from disk and checks them all at once, review dates
 * as of the build time (`SETLIST_BUILD_TIME` or now); with `memo` (the dev server's), only the
 * files changed since its last check are read and checked on their own. `strictReviews` makes a
 * playbook past its review date an error.
 */
export async function checkContentOnDisk(
  env: Record<string, string | undefined>,
  config: SiteConfig,
  options: { articleSchema?: z.ZodType; memo?: DevCheckMemo; strictReviews?: boolean } = {},
): Promise<ContentOnDisk> {
  const root = contentRoot(env);
  const sources = await readContentSources(root, options.memo?.texts, config.locales);
  if (sources.insights.length === 0) return { root, result: undefined, report: emptyContentReport(join(root, 'insights')) };
  const reviews = { now: buildTime(env), strict: options.strictReviews ?? false };
  const result = checkContent({ ...sources, reviews }, config, options.articleSchema, options.memo?.files);
  return { root, result, report: checkReport(result) };
}

/** What the check's worker is given: the site's options and, for a dev server's checks, what their findings are for. */
export interface ContentCheckWorkerData {
  config: SiteConfig;
  dev?: DevCheckFor;
}

/** What a dev server's findings are for: what it publishes, and the content's git history. */
export interface DevCheckFor {
  mode: StateMode;
  history: GitHistory | undefined;
}

/** A dev server's check after a save: its report for the terminal, its findings as the pages read them. */
export interface DevCheck {
  report: CheckReport;
  stateText: string;
}

/** A dev server's first check: the whole result (the first report names more than the others). */
export type FirstDevCheck = DevCheck & { checked: ContentOnDisk };

const checkWorker = (env: Record<string, string | undefined>, workerData: ContentCheckWorkerData) =>
  new Worker(runnableFile('src/node/content-check-worker.ts'), { env, workerData });

/**
 * The same check on another thread, so a build can sync its content meanwhile: the result
 * crosses as a structured clone (dates stay dates). A worker that fails to start or throws
 * rejects with its error.
 */
export function checkContentInWorker(env: Record<string, string | undefined>, config: SiteConfig): Promise<ContentOnDisk> {
  return new Promise((resolve, reject) => {
    const worker = checkWorker(env, { config });
    worker.once('message', (checked: ContentOnDisk) => {
      resolve(checked);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit ${code}) before reporting`)));
  });
}

/** A dev server's check on the thread it is called on, going on from `memo`. */
export async function devCheck(env: Record<string, string | undefined>, config: SiteConfig, memo: DevCheckMemo, dev: DevCheckFor): Promise<FirstDevCheck> {
  const checked = await checkContentOnDisk(env, config, { memo });
  return { checked, report: checked.report, stateText: contentStateText(checked, dev.mode, dev.history) };
}

/** The dev server's checks: the first while the server starts, then one after each save. */
export interface DevContentChecks {
  first: Promise<FirstDevCheck>;
  /** A check of the content as it is now; one at a time. */
  next(): Promise<DevCheck>;
  /** Ends the checks' thread (a dev server that restarts makes new checks). */
  close(): void;
}

/**
 * The dev server's checks on a thread of their own, so the server starts, and Astro reads a saved
 * file, meanwhile. The thread keeps the memo (each file's text and its own findings) from one check
 * to the next, and sends back only the report and the pages' findings as text, not the checked
 * articles. A thread that cannot start or stops leaves the checks to this one (`onThisThread`
 * says why), from a memo of their own.
 */
export function devContentChecks(
  env: Record<string, string | undefined>,
  config: SiteConfig,
  dev: DevCheckFor,
  onThisThread: (reason: string) => void,
): DevContentChecks {
  let memo: DevCheckMemo | undefined;
  const here = () => devCheck(env, config, (memo ??= devCheckMemo()), dev);
  let waiting: PromiseWithResolvers<FirstDevCheck> | undefined = Promise.withResolvers<FirstDevCheck>();
  const first = waiting.promise;
  let worker: Worker | undefined;
  let onThread = true;
  const fallBack = (reason: string) => {
    // A thread that fails says so, then stops: one reason is enough.
    if (!onThread) return;
    onThread = false;
    worker = undefined;
    onThisThread(reason);
    const asked = waiting;
    waiting = undefined;
    asked?.resolve(here());
  };
  try {
    worker = checkWorker(env, { config, dev });
    worker.on('message', (result: FirstDevCheck) => {
      const asked = waiting;
      waiting = undefined;
      asked?.resolve(result);
    });
    worker.once('error', (error) => fallBack(String(error)));
    worker.once('exit', (code) => fallBack(`it stopped (exit ${code})`));
    // The dev server ends with its checks' thread, not waiting for it.
    worker.unref();
  } catch (error) {
    fallBack(String(error));
  }
  return {
    first,
    next: () => {
      if (!worker) return here();
      waiting = Promise.withResolvers<FirstDevCheck>();
      worker.postMessage('check');
      return waiting.promise;
    },
    close: () => {
      onThread = false;
      void worker?.terminate();
      worker = undefined;
    },
  };
}

/** Prints a report for a command-line reader (warnings, then the problems or the summary); true when the content is valid. */
export function printCheckReport(report: CheckReport): boolean {
  for (const warning of report.warnings) console.warn(`  ${warning}`);
  if (report.ok) {
    console.log(report.summary);
    return true;
  }
  console.error(`${report.summary}\n`);
  for (const error of report.errors) console.error(`  ${error.text}`);
  return false;
}
