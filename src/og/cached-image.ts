import { cacheDirs } from '../node/env.ts';
import { existsSync } from 'node:fs';
import { cachedOgImage, ogImageFile } from './cache.ts';
import type { OgImageInput } from './draw.ts';

/**
 * A preview image from the build's image cache, drawn and stored first when it is not there.
 * The build log names every image drawn, so a warm build can show it reused them all.
 */
export async function cachedImage(input: OgImageInput, name: string): Promise<Buffer> {
  const { png, rendered } = await cachedOgImage(input, cacheDirs(process.env).og);
  if (rendered) console.log(`[og] rendered ${name}`);
  return png;
}

/** The cache file of a preview image, drawn and stored first when it is not there. */
export async function cachedImageFile(input: OgImageInput, name: string): Promise<string> {
  const file = ogImageFile(input, cacheDirs(process.env).og);
  if (!existsSync(file)) await cachedImage(input, name);
  return file;
}

/** The image as the build's endpoint answers it. */
export async function ogImageResponse(input: OgImageInput, name: string): Promise<Response> {
  return new Response(new Uint8Array(await cachedImage(input, name)), { headers: { 'Content-Type': 'image/png' } });
}
