/**
 * Astro empties the output folder before every build and its incremental build then copies each
 * unchanged page back from its cache (at 1,000 articles: 0.7 s deleting 6,000 files and about 2 s
 * copying 4,000 pages back). Setlist keeps the folder instead: Astro leaves a page that is
 * unchanged and already in place as it is ("(cached)" in its log), and writes everything else
 * again. What this build neither wrote nor kept is from an earlier one (a removed article's
 * pages, an old bundle) and is removed here, so the folder holds exactly this build.
 */
import { existsSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder (none when it does not exist), relative to it. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.replace(/\/?$/, '/').length));
}

/** Top-level entries never touched: a deployment kept in the output folder's own repository. */
const untouchable = new Set(['.git']);

/**
 * Removes every file under `outDir` last written before `buildStartedMs` that is not one of
 * `kept` (absolute paths of the pages the build left in place), then the folders left empty.
 * Returns the removed files, relative to `outDir`.
 */
export function removeStaleOutput(outDir: string, buildStartedMs: number, kept: Iterable<string>): string[] {
  const keep = new Set(kept);
  const removed: string[] = [];
  const sweep = (dir: string, relative: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (!relative && untouchable.has(entry.name)) {
        empty = false;
      } else if (entry.isDirectory()) {
        if (sweep(path, name)) rmdirSync(path);
        else empty = false;
      } else if (statSync(path).mtimeMs < buildStartedMs && !keep.has(path)) {
        unlinkSync(path);
        removed.push(name);
      } else {
        empty = false;
      }
    }
    return empty;
  };
  sweep(outDir, '');
  return removed;
}
