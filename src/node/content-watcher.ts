/**
 * The dev server's watch on a site's content folders (articles and scorecard templates, with the
 * pictures and components kept beside them). Setlist watches them itself and keeps Vite's watcher
 * out of them: on every event in a folder, Vite's watcher read the whole folder again (every
 * article's file, on every save) and told of the save only after that, and Astro, hearing of a
 * saved `.mdx` or `.yaml`, loaded its content config again and marked every compiled body stale,
 * none of which a Setlist site needs: the dev server has its own loaders read what a save changed.
 */
import { readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export type ContentEvent = 'add' | 'change' | 'unlink';

/** Whether `path` is one of `folders` or inside one (absolute paths; Vite asks for every path it meets). */
export function isInFolders(folders: readonly string[], path: string): boolean {
  return folders.some((folder) => path === folder || path.startsWith(`${folder}${sep}`));
}

/**
 * Calls `onEvent` for every file added, changed or removed in `folders` (absolute), subfolders
 * included; a folder made after the start is watched too.
 */
export function watchContentFolders(folders: readonly string[], onEvent: (event: ContentEvent, file: string) => void): FSWatcher {
  const watcher = watch([...folders], { ignoreInitial: true });
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (file: string) => onEvent(event, file));
  return watcher;
}

/** A file's text, or undefined when there is no such file (any more). */
export function textOnDisk(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
