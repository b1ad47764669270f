/**
 * The link-preview images of a build: drawn on the second core while Astro works, then linked
 * into the built site from the image cache when Astro is done.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { DrawingJob } from '../og/prerender-process.ts';
import { linkFile } from '../node/linked-files.ts';
import { runnableFile } from '../node/package-files.ts';

const imageProcess = fileURLToPath(runnableFile('src/og/prerender-process.ts'));

/** Each image's file in the image cache, by its path in the built site; undefined when drawing failed. */
export type DrawnImages = Record<string, string> | undefined;

/**
 * Draws the preview images into the image cache in a separate, small process (a small heap
 * keeps it from adding much to Astro's memory peak), `ahead` of the pages at a lower priority.
 */
function drawImages(jobs: DrawingJob[], when: 'ahead' | 'now', logger: AstroIntegrationLogger): Promise<DrawnImages> {
  const child = spawn(process.execPath, ['--max-old-space-size=192', '--max-semi-space-size=2', imageProcess], {
    stdio: ['pipe', 'inherit', 'inherit', 'ipc'],
  });
  child.stdin!.on('error', () => undefined); // a process that failed to start reports through 'error' below
  // A lower priority: the images take the CPU time Astro leaves (it waits on I/O while it
  // renders pages), not the time its own work needs.
  if (when === 'ahead' && child.pid !== undefined) setPriority(child.pid, 10);
  child.stdin!.end(JSON.stringify(jobs));
  return new Promise((resolve) => {
    let drawn: DrawnImages;
    child.on('message', (files: Record<string, string>) => (drawn = files));
    const failed = (why: string) => {
      logger.warn(`drawing preview images ${when === 'ahead' ? 'ahead of the build' : 'again'} failed (${why})`);
      resolve(undefined);
    };
    child.on('error', (error) => failed(error.message));
    child.on('close', (code) => (code === 0 && drawn ? resolve(drawn) : failed(`exit ${code}`)));
  });
}

/** Starts drawing as soon as the content check has named the images, while Astro still works. */
export const drawImagesAhead = (jobs: DrawingJob[], logger: AstroIntegrationLogger): Promise<DrawnImages> => drawImages(jobs, 'ahead', logger);

/**
 * Puts every job's image at its path in the built site, from the cache (drawn again if drawing
 * ahead failed), and returns those paths (src/node/linked-files.ts: no card is written twice).
 */
export async function writeImagesInto(outDir: URL, jobs: DrawingJob[], drawnAhead: DrawnImages, logger: AstroIntegrationLogger): Promise<string[]> {
  const drawn = drawnAhead ?? (await drawImages(jobs, 'now', logger));
  if (!drawn) throw new Error('the preview images could not be drawn (the reason is above)');
  return jobs.map((job) => {
    const file = fileURLToPath(new URL(`.${job.path}`, outDir));
    const cached = drawn[job.path];
    if (!cached) throw new Error(`no preview image was drawn for ${job.path}`);
    linkFile(cached, file);
    return file;
  });
}
