import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { devContentChanges, type ContentChange } from '../../../src/integration/dev-content-changes.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder with `names` written in it, and the changes queue under test, its batches and its pages' gate calls recorded. */
function setUp(names: string[], handle: (changes: ContentChange[]) => Promise<void> = () => Promise.resolve()) {
  const folder = mkdtempSync(join(tmpdir(), 'setlist-changes-'));
  folders.push(folder);
  for (const name of names) writeFileSync(join(folder, name), `${name} as first saved`);
  const batches: ContentChange[][] = [];
  const gate: string[] = [];
  const errors: unknown[] = [];
  const changed = devContentChanges({
    settleMs: 10,
    ready: Promise.resolve(),
    pages: { hold: () => gate.push('hold'), release: () => gate.push('release'), drawn: () => Promise.resolve() },
    handle: async (changes) => {
      batches.push(changes);
      await handle(changes);
    },
    onError: (error) => errors.push(error),
  });
  return { folder, path: (name: string) => join(folder, name), changed, batches, gate, errors };
}

/** How long the queue, which runs on timers, may take to get there. */
const soon = { timeout: 5_000, interval: 5 };
const released = (gate: string[]) => () => expect(gate.at(-1)).toBe('release');

describe("the dev server's queue of saved content files", () => {
  it('hands the events of a moment over as one batch, and lets the pages go once it is handled', async () => {
    const { path, changed, batches, gate } = setUp(['a.mdx', 'b.mdx']);
    changed('change', path('a.mdx'));
    changed('change', path('b.mdx'));
    changed('change', path('a.mdx'));
    await vi.waitFor(released(gate), soon);
    expect(batches).toEqual([
      [
        [path('a.mdx'), 'change'],
        [path('b.mdx'), 'change'],
      ],
    ]);
    expect(gate).toEqual(['hold', 'hold', 'hold', 'release']);
  });

  it('handles a write the watcher left out: a file whose text changed while its batch was handled is handled again', async () => {
    let rewritten = false;
    const { path, changed, batches, gate } = setUp(['a.mdx'], () => {
      // A second save while the first is handled, which no event reports.
      if (!rewritten) writeFileSync(path('a.mdx'), 'a.mdx as saved again');
      rewritten = true;
      return Promise.resolve();
    });
    changed('change', path('a.mdx'));
    await vi.waitFor(() => {
      expect(batches).toHaveLength(2);
      released(gate)();
    }, soon);
    expect(batches[1]).toEqual([[path('a.mdx'), 'change']]);
    // The pages are let go once, after the second batch.
    expect(gate.filter((call) => call === 'release')).toHaveLength(1);
    await sleep(50);
    expect(batches).toHaveLength(2);
  });

  it('names a file removed while its batch was handled as removed', async () => {
    const { path, changed, batches } = setUp(['a.mdx'], () => Promise.resolve(rmSync(path('a.mdx'), { force: true })));
    changed('change', path('a.mdx'));
    await vi.waitFor(() => expect(batches).toHaveLength(2), soon);
    expect(batches[1]).toEqual([[path('a.mdx'), 'unlink']]);
  });

  it('handles one batch at a time, in order', async () => {
    const log: string[] = [];
    const { path, changed, batches, gate } = setUp(['a.mdx', 'b.mdx'], async (changes) => {
      log.push(`start ${changes.map(([file]) => file.slice(-5)).join()}`);
      await sleep(60);
      log.push('end');
    });
    changed('change', path('a.mdx'));
    await vi.waitFor(() => expect(log).toHaveLength(1), soon);
    changed('change', path('b.mdx'));
    await vi.waitFor(() => {
      expect(batches).toHaveLength(2);
      released(gate)();
    }, soon);
    expect(log).toEqual(['start a.mdx', 'end', 'start b.mdx', 'end']);
  });

  it('reports a batch that fails and still lets the pages go', async () => {
    const { path, changed, gate, errors } = setUp(['a.mdx'], () => Promise.reject(new Error('the check could not run')));
    changed('change', path('a.mdx'));
    await vi.waitFor(released(gate), soon);
    expect(errors).toEqual([new Error('the check could not run')]);
  });
});
