import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  checkContent,
  fileCheckMemo,
  fileCheckMemoFrom,
  type ContentCheckResult,
  type FileCheckMemo,
  type PortableFileCheckMemo,
} from '../authoring/check/index.ts';
import { checkReport, emptyContentReport, type CheckReport } from '../authoring/check/report.ts';
import type { z } from 'zod';
import type { SiteConfig } from '../schemas/site.ts';
import { readContentSources, type ReadTexts } from './content-files.ts';
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

/** What the check's worker is given: the site's options, and whether to send back the memo of a dev server's later checks. */
export interface ContentCheckWorkerData {
  config: SiteConfig;
  keepMemo: boolean;
}

/** What the check's worker sends back; `memo` only when asked to keep it. */
export interface ContentCheckWorkerResult {
  checked: ContentOnDisk;
  memo?: { texts: ReadTexts; files: PortableFileCheckMemo };
}

/**
 * The same check on another thread, so a build can sync its content meanwhile: the result
 * crosses as a structured clone (dates stay dates). A worker that fails to start or throws
 * rejects with its error.
 */
export async function checkContentInWorker(env: Record<string, string | undefined>, config: SiteConfig): Promise<ContentOnDisk> {
  return (await runCheckWorker(env, { config, keepMemo: false })).checked;
}

/**
 * A dev server's first check on another thread, so the server starts meanwhile, with the memo its
 * later checks go on from: the memo crosses in the same message as the result, so its checked
 * articles are the result's own objects, as in a check on this thread.
 */
export async function checkDevContentInWorker(
  env: Record<string, string | undefined>,
  config: SiteConfig,
): Promise<{ checked: ContentOnDisk; memo: DevCheckMemo }> {
  const { checked, memo } = await runCheckWorker(env, { config, keepMemo: true });
  if (!memo) throw new Error('the content check sent back no memo');
  return { checked, memo: { texts: memo.texts, files: fileCheckMemoFrom(memo.files) } };
}

function runCheckWorker(env: Record<string, string | undefined>, workerData: ContentCheckWorkerData): Promise<ContentCheckWorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(runnableFile('src/node/content-check-worker.ts'), { env, workerData });
    worker.once('message', (result: ContentCheckWorkerResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit ${code}) before reporting`)));
  });
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
