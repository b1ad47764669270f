/**
 * The steps after Astro only read the built site. When the files a step reads are byte for byte
 * those it read last time, its result is too: a rebuild with nothing changed then costs a hash of
 * the pages instead of the step (the search index), or of each page instead of its scan (the link
 * check, src/node/check-built-links.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
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

let scratch = Buffer.alloc(64 * 1024);

/**
 * A file's bytes in a buffer reused from call to call, valid until the next call: enough to hash
 * it. Reading thousands of pages each into a buffer of its own left them all as garbage (at 3,000
 * articles, about 100 MB more in the process that hashes them, beside Pagefind's peak).
 */
export function bytesToHash(file: string): Buffer {
  const descriptor = openSync(file, 'r');
  try {
    const { size } = fstatSync(descriptor);
    if (size > scratch.length) scratch = Buffer.alloc(size * 2);
    let read = 0;
    while (read < size) {
      const count = readSync(descriptor, scratch, read, size - read, read);
      if (count === 0) break;
      read += count;
    }
    return scratch.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
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
