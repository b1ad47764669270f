/**
 * Draws link-preview images into the image cache while Astro builds, on the second core. The
 * integration sends the drawing jobs (name and inputs, from its content check) on stdin, so
 * nothing is read or validated twice; the build's image endpoint then finds each image
 * cached, drawing any this process has not reached yet itself. A separate, small process
 * keeps the build's memory peak down.
 */
import { text } from 'node:stream/consumers';
import { cachedImage } from './cached-image.ts';
import type { OgImageInput } from './draw.ts';

export interface DrawingJob {
  name: string;
  input: OgImageInput;
}

const jobs = JSON.parse(await text(process.stdin)) as DrawingJob[];
for (const job of jobs) await cachedImage(job.input, job.name);
