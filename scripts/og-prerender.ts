/**
 * Draws link-preview images into the image cache while Astro builds, on the second core.
 * Reads `[{ name, input }]` (JSON) on stdin; the build's image endpoint then finds each image
 * cached (and draws any this process has not reached yet itself).
 */
import { text } from 'node:stream/consumers';
import { cachedOgImage } from '../src/lib/og-cache.ts';
import type { OgImageInput } from '../src/lib/og-image.ts';
import { ogCacheDir } from '../src/lib/og-paths.ts';

const jobs = JSON.parse(await text(process.stdin)) as { name: string; input: OgImageInput }[];
const cacheDir = ogCacheDir(process.env);
for (const job of jobs) {
  const { rendered } = await cachedOgImage(job.input, cacheDir);
  if (rendered) console.log(`[og] rendered ${job.name}`);
}
