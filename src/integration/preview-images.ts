/**
 * Draws the link-preview images on the second core while Astro bundles.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { DrawingJob } from '../og/prerender-process.ts';

const imageProcess = fileURLToPath(new URL('../og/prerender-process.ts', import.meta.url));

/**
 * Draws the preview images into the image cache in a separate, small process (a small heap
 * keeps it from adding much to Astro's memory peak). The build's image endpoint draws any
 * image this process has not reached, so its failure costs time, not output.
 */
export function drawImagesAhead(jobs: DrawingJob[], logger: AstroIntegrationLogger): Promise<void> {
  const child = spawn(process.execPath, ['--max-old-space-size=192', '--max-semi-space-size=2', imageProcess], { stdio: ['pipe', 'inherit', 'inherit'] });
  child.stdin.on('error', () => undefined); // a process that failed to start reports through 'error' below
  child.stdin.end(JSON.stringify(jobs));
  return new Promise((resolve) => {
    const warn = (why: string) => {
      logger.warn(`drawing preview images ahead of the build failed (${why}); the build drew them itself`);
      resolve();
    };
    child.on('error', (error) => warn(error.message));
    child.on('close', (code) => (code === 0 ? resolve() : warn(`exit ${code}`)));
  });
}
