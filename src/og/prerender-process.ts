/**
 * Draws link-preview images into the image cache while Astro builds, on the second core. The
 * integration sends the drawing jobs (name, output path and inputs, from its content check) on
 * stdin, so nothing is read or validated twice, and is sent back each image's cache file, which
 * it links into the site when Astro is done. A separate, small process keeps the build's memory
 * peak down, and the drawing code out of the integration.
 */
import { text } from 'node:stream/consumers';
import sharp from 'sharp';
import { cachedImageFile } from './cached-image.ts';
import type { OgImageInput } from './draw.ts';

export interface DrawingJob {
  name: string;
  /** Where the image goes in the built site, e.g. `/insights/<slug>/og.png`. */
  path: string;
  input: OgImageInput;
}

// One encoder thread: this process exists to use the core Astro leaves, not to compete for Astro's.
sharp.concurrency(1);
const jobs = JSON.parse(await text(process.stdin)) as DrawingJob[];
const files: Record<string, string> = {};
for (const job of jobs) files[job.path] = await cachedImageFile(job.input, job.name);
// A build that failed meanwhile has closed the channel: the images stay in the cache for the next one.
if (process.connected) process.send!(files);
