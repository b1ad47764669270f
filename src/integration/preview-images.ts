/**
 * The link-preview images of a build: drawn on the second core while Astro works, then linked
 * into the built site from the image cache when Astro is done.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { DrawingJob } from '../og/prerender-process.ts';
import { runnableFile } from '../node/package-files.ts';

const imageProcess = fileURLToPath(runnableFile('src/og/prerender-process.ts'));

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

/** Images put in place at a time: enough to keep the file system busy, few enough to hold little memory. */
const copiesInFlight = 16;

/**
 * Puts every job's image at its path in the built site, from the cache (drawn there first if
 * missing), and returns those paths. A hard link, not a copy: 1,000 cards are 56 MB that a copy
 * would write again on every build; a copy only where the cache is on another file system.
 */
export async function writeImagesInto(outDir: URL, jobs: DrawingJob[]): Promise<string[]> {
  // Loaded only now: the drawing code has no business in the integration's start-up.
  const { cachedImageFile } = await import('../og/cached-image.ts');
  const write = async (job: DrawingJob) => {
    const file = fileURLToPath(new URL(`.${job.path}`, outDir));
    const cached = await cachedImageFile(job.input, job.name);
    await mkdir(dirname(file), { recursive: true });
    await rm(file, { force: true });
    await link(cached, file).catch(() => copyFile(cached, file));
    return file;
  };
  const written: string[] = [];
  for (let start = 0; start < jobs.length; start += copiesInFlight) written.push(...(await Promise.all(jobs.slice(start, start + copiesInFlight).map(write))));
  return written;
}
