import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from './paths.ts';

export type ContentEdit =
  | { file: string; replace: [string | RegExp, string] }
  | { file: string; text: string }
  | { file: string; copyOf: string; replace?: [string | RegExp, string] }
  | { file: string; remove: true };

export const seedFile = 'insights/jazz-and-reliable-systems.mdx';

/**
 * A scratch copy of the shipped `content/` with a few edits applied, so each bad-input
 * case is the real seed with one thing broken rather than a hand-kept copy.
 */
export function contentWith(edits: ContentEdit[]): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'setlist-content-'));
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
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
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
