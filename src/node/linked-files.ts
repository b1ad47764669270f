/**
 * Files the build keeps in its cache and puts into the built site (preview images, the search
 * index) go in as hard links: nothing is written twice, and no new file is made for them. A copy
 * only where the link fails (the cache on another file system).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Puts `source` at `target` (replacing a file there), creating `target`'s folder. */
export function linkFile(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** Puts every file under the folder `source` at the same place under `target`. */
export function linkFolder(source: string, target: string): void {
  for (const entry of readdirSync(source, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    linkFile(file, join(target, relative(source, file)));
  }
}
