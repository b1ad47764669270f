/**
 * The steps after Astro (search index, link check) only read the built site. When the files
 * a step reads are byte for byte those it read last time, its result is too: a rebuild with
 * nothing changed then costs a hash of the pages instead of the step (at 1,000 articles, 3 s
 * of indexing and 1 s of link checking).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A digest of what a step reads: its own version (`salt`: the tool's version, the rules'
 * source), each file's path, and the content of the files it opens (`read`).
 */
export function inputDigest(root: string, files: readonly string[], read: (file: string) => boolean, salt: string): string {
  const hash = createHash('sha256').update(salt);
  for (const file of files) {
    hash.update(`\0${file}\0`);
    if (read(file)) hash.update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
}

/** The digest stored by the step's last successful run, if any. */
export function lastDigest(stampFile: string): string | undefined {
  try {
    return readFileSync(stampFile, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function saveDigest(stampFile: string, digest: string): void {
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${digest}\n`);
}
