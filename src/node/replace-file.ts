import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Replaces `file` whole: written beside under another name, then renamed over it, so a reader
 * never sees half of it and a write stopped halfway leaves the last complete file. Throws when
 * it cannot, leaving nothing beside the file.
 */
export function replaceFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const written = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(written, text);
    renameSync(written, file);
  } catch (error) {
    rmSync(written, { force: true });
    throw error;
  }
}
