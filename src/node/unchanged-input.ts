/**
 * The steps after Astro (search index, link check) only read the built site. When the files
 * a step reads are byte for byte those it read last time, its result is too: a rebuild with
 * nothing changed then costs a hash of the pages instead of the step (at 1,000 articles, 3 s
 * of indexing and 1 s of link checking).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A digest of what a step reads: its own version (`salt`: the tool's version, the rules'
 * source), each file's path, and the content of the files it opens (`contentOf`, undefined for
 * a file it only needs to exist).
 */
export function inputDigest(files: readonly string[], contentOf: (file: string) => string | Buffer | undefined, salt: string): string {
  const hash = createHash('sha256').update(salt);
  for (const file of files) {
    hash.update(`\0${file}\0`);
    const content = contentOf(file);
    if (content !== undefined) hash.update(content);
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
