import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { siteRoot } from './paths.ts';

export type ContentEdit =
  | { file: string; replace: [string | RegExp, string] }
  | { file: string; text: string }
  | { file: string; copyOf: string; replace?: [string | RegExp, string] }
  | { file: string; remove: true };

export const seedFile = 'insights/jazz-and-reliable-systems.mdx';

/**
 * A scratch copy of the fixture site's `content/` with a few edits applied, so each bad-input
 * case is the real seed with one thing broken rather than a hand-kept copy.
 */
export function contentWith(edits: ContentEdit[]): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'setlist-content-'));
  resetContent(dir);
  applyEdits(dir, edits);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const contentFolders = ['insights', 'scorecards'];
const filesUnder = (root: string): string[] =>
  contentFolders.flatMap((folder) =>
    existsSync(join(root, folder)) ? readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).map((name) => join(folder, name)) : [],
  );

/**
 * Makes a content folder the fixture site's `content/` again, touching only the files that differ
 * (a dev server watching it then sees one change per edited file, not a folder rebuilt).
 */
export function resetContent(dir: string): void {
  const shipped = join(siteRoot, 'content');
  const keep = new Set(filesUnder(shipped));
  for (const file of filesUnder(dir)) if (!keep.has(file) && statSync(join(dir, file)).isFile()) rmSync(join(dir, file));
  for (const file of keep) {
    const source = join(shipped, file);
    if (!statSync(source).isFile()) continue;
    // Bytes, not text: the content has pictures too.
    const bytes = readFileSync(source);
    const target = join(dir, file);
    if (!existsSync(target) || !readFileSync(target).equals(bytes)) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
}

/** Applies edits to a content folder in place. */
export function applyEdits(dir: string, edits: ContentEdit[]): void {
  for (const edit of edits) {
    const target = join(dir, edit.file);
    if ('remove' in edit) {
      rmSync(target);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    if ('text' in edit) {
      writeFileSync(target, edit.text);
      continue;
    }
    const source = 'copyOf' in edit ? join(dir, edit.copyOf) : target;
    let text = readFileSync(source, 'utf8');
    if (edit.replace) {
      const [pattern, replacement] = edit.replace;
      const changed = text.replace(pattern, replacement);
      if (changed === text) throw new Error(`fixture edit of ${edit.file} matched nothing: ${String(pattern)}`);
      text = changed;
    }
    writeFileSync(target, text);
  }
}
