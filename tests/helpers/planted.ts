import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuiltPages } from '../../src/node/built-pages.ts';
import { distDir } from './paths.ts';

/**
 * A scratch copy of the built site with one page changed: a planted fault that a quality
 * gate must catch, proving the gate can fail.
 */
export function plantFault(pagePath: string, edit: (html: string) => string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'setlist-planted-'));
  cpSync(distDir, dir, { recursive: true });
  const page = readBuiltPages(dir).find((candidate) => candidate.path === pagePath);
  if (!page) throw new Error(`no built page ${pagePath} to plant a fault in`);
  const changed = edit(page.html);
  if (changed === page.html) throw new Error(`planting in ${pagePath} changed nothing`);
  writeFileSync(page.file, changed);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
