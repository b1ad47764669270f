import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isInFolders, textOnDisk, watchContentFolders, type ContentEvent } from '../../../src/node/content-watcher.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A content root with an insights folder (one article in a subfolder) and a scorecards folder unless `scorecards` is false, watched. */
async function watchedRoot({ scorecards = true } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'setlist-watch-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'insights', 'de'), { recursive: true });
  if (scorecards) mkdirSync(join(root, 'scorecards'));
  writeFileSync(join(root, 'insights', 'de', 'jazz.mdx'), 'first');
  const events: [ContentEvent, string][] = [];
  const watcher = watchContentFolders([join(root, 'insights'), join(root, 'scorecards')], (event, file) => events.push([event, file]));
  cleanups.push(() => watcher.close());
  await settled(() => JSON.stringify(watcher.getWatched()));
  return { root, events };
}

/**
 * Waits until chokidar watches every folder it will: it says it is ready (with `ignoreInitial`)
 * before it has looked at any, and a folder made before it watches for it is never seen.
 */
async function settled(watched: () => string): Promise<void> {
  let last = '';
  for (let unchanged = 0; unchanged < 5;) {
    await sleep(20);
    const now = watched();
    unchanged = now === last && now !== '{}' ? unchanged + 1 : 0;
    last = now;
  }
}

/** How long an event may take to be told of: the watcher works on timers and the file system's events. */
const soon = { timeout: 5_000, interval: 10 };

describe("the dev server's watch on the content folders", () => {
  it('tells of files added, changed in place, saved by renaming over them, and removed, in subfolders too', async () => {
    const { root, events } = await watchedRoot();
    const article = join(root, 'insights', 'de', 'jazz.mdx');
    const added = join(root, 'insights', 'new.mdx');
    writeFileSync(added, 'new');
    await vi.waitFor(() => expect(events).toContainEqual(['add', added]), soon);
    writeFileSync(article, 'second');
    await vi.waitFor(() => expect(events).toContainEqual(['change', article]), soon);
    // An editor's safe save: a new file renamed over the old one, then a plain save again (each past
    // the 50 ms in which the watcher reports a file's changes once, and its 100 ms wait for a rename).
    events.length = 0;
    await sleep(100);
    writeFileSync(`${article}.tmp`, 'third');
    renameSync(`${article}.tmp`, article);
    await vi.waitFor(() => expect(events.map(([, file]) => file)).toContain(article), soon);
    await sleep(150);
    events.length = 0;
    writeFileSync(article, 'fourth');
    await vi.waitFor(() => expect(events).toContainEqual(['change', article]), soon);
    rmSync(added);
    await vi.waitFor(() => expect(events).toContainEqual(['unlink', added]), soon);
  });

  it('watches a folder made after the start', async () => {
    const { root, events } = await watchedRoot({ scorecards: false });
    const template = join(root, 'scorecards', 'ensemble.yaml');
    mkdirSync(join(root, 'scorecards'));
    writeFileSync(template, 'title: Ensemble');
    await vi.waitFor(() => expect(events).toContainEqual(['add', template]), soon);
  });

  it('knows which paths are in the folders', () => {
    const folders = ['/site/content/insights', '/site/content/scorecards'];
    expect(isInFolders(folders, '/site/content/insights')).toBe(true);
    expect(isInFolders(folders, '/site/content/insights/de/jazz.mdx')).toBe(true);
    expect(isInFolders(folders, '/site/content/scorecards/a.yaml')).toBe(true);
    expect(isInFolders(folders, '/site/content/insights-old/jazz.mdx')).toBe(false);
    expect(isInFolders(folders, '/site/content')).toBe(false);
    expect(isInFolders(folders, '/site/src/pages/index.astro')).toBe(false);
  });

  it("reads a file's text, or nothing for a file that is not there", () => {
    const root = mkdtempSync(join(tmpdir(), 'setlist-watch-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    writeFileSync(join(root, 'a.mdx'), 'text');
    expect(textOnDisk(join(root, 'a.mdx'))).toBe('text');
    expect(textOnDisk(join(root, 'b.mdx'))).toBeUndefined();
  });
});
