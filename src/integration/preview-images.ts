/**
 * The link-preview images of a build: drawn on the second core while Astro works, then copied
 * into the built site when Astro is done.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { DrawingJob } from '../og/prerender-process.ts';

const imageProcess = fileURLToPath(new URL('../og/prerender-process.ts', import.meta.url));

/**
 * Draws the preview images into the image cache in a separate, small process, started as soon
 * as the content check has named them (a small heap keeps it from adding much to Astro's
 * memory peak). `writeImagesInto` draws any image this process has not, so its failure costs
 * time, not output.
 */
export function drawImagesAhead(jobs: DrawingJob[], logger: AstroIntegrationLogger): Promise<void> {
  const child = spawn(process.execPath, ['--max-old-space-size=192', '--max-semi-space-size=2', imageProcess], { stdio: ['pipe', 'inherit', 'inherit'] });
  child.stdin.on('error', () => undefined); // a process that failed to start reports through 'error' below
  // A lower priority: the images take the CPU time Astro leaves (it waits on I/O while it
  // renders pages), not the time its own work needs.
  if (child.pid !== undefined) setPriority(child.pid, 10);
  child.stdin.end(JSON.stringify(jobs));
  return new Promise((resolve) => {
    const warn = (why: string) => {
      logger.warn(`drawing preview images ahead of the build failed (${why}); the build draws them itself`);
      resolve();
    };
    child.on('error', (error) => warn(error.message));
    child.on('close', (code) => (code === 0 ? resolve() : warn(`exit ${code}`)));
  });
}

/** Images read and written at a time: enough to keep the file system busy, few enough to hold little memory. */
const copiesInFlight = 16;

/** Writes every job's image to its path in the built site, from the cache (drawn there first if missing). */
export async function writeImagesInto(outDir: URL, jobs: DrawingJob[]): Promise<void> {
  // Loaded only now: the drawing code has no business in the integration's start-up.
  const { cachedImage } = await import('../og/cached-image.ts');
  const write = async (job: DrawingJob) => {
    const file = fileURLToPath(new URL(`.${job.path}`, outDir));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, await cachedImage(job.input, job.name));
  };
  for (let start = 0; start < jobs.length; start += copiesInFlight) await Promise.all(jobs.slice(start, start + copiesInFlight).map(write));
}
