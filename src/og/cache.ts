/**
 * A content-addressed disk cache for Open Graph images: rendering costs tens of milliseconds
 * per article, and an unchanged article (same texts, design and fonts) needs no new PNG.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ogImageKey, renderOgImage, type OgImageInput } from './draw.ts';

export type OgImageRenderer = (input: OgImageInput) => Promise<Buffer>;

export interface CachedOgImage {
  png: Buffer;
  /** False when the PNG came from the cache. */
  rendered: boolean;
}

async function readIfPresent(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Write to a unique temporary name, then rename: a reader (or a parallel build) never sees a
 * half-written PNG, and an interrupted write leaves no file under the real key.
 */
async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Where the image for these inputs is kept in the cache. */
export const ogImageFile = (input: OgImageInput, cacheDir: string): string => join(cacheDir, `${ogImageKey(input)}.png`);

/** Returns `<cacheDir>/<key>.png` if it exists, otherwise renders it and stores it there. */
export async function cachedOgImage(input: OgImageInput, cacheDir: string, render: OgImageRenderer = renderOgImage): Promise<CachedOgImage> {
  const file = ogImageFile(input, cacheDir);
  const cached = await readIfPresent(file);
  if (cached) return { png: cached, rendered: false };

  const png = await render(input);
  await mkdir(cacheDir, { recursive: true });
  await writeAtomically(file, png);
  return { png, rendered: true };
}
