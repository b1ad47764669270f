import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleOutput } from '../../../src/node/stale-output.ts';

const root = mkdtempSync(join(tmpdir(), 'setlist-stale-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const earlier = new Date('2026-01-01T00:00:00Z');
function file(relative: string, written: 'earlier' | 'now'): string {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, relative);
  if (written === 'earlier') utimesSync(path, earlier, earlier);
  return path;
}

const list = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

describe('removing what an earlier build left in the output folder', () => {
  it('removes files older than the build that it did not keep, and the folders they leave empty; keeps the rest', () => {
    const keptPage = file('insights/kept/index.html', 'earlier');
    file('insights/gone/index.html', 'earlier');
    file('insights/gone/og.png', 'earlier');
    file('_astro/old.abc123.css', 'earlier');
    file('_astro/new.def456.css', 'now');
    file('insights/rewritten/index.html', 'now');
    file('.git/HEAD', 'earlier');
    const buildStartedMs = Date.now() - 1000;

    const removed = removeStaleOutput(root, buildStartedMs, [keptPage]);

    expect(removed.sort()).toEqual(['_astro/old.abc123.css', 'insights/gone/index.html', 'insights/gone/og.png']);
    expect(list(root)).toEqual(['.git/HEAD', '_astro/new.def456.css', 'insights/kept/index.html', 'insights/rewritten/index.html']);
    expect(readdirSync(join(root, 'insights')).sort()).toEqual(['kept', 'rewritten']);
  });
});
