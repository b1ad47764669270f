import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContentSources, type ReadTexts } from '../../../src/node/content-files.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function contentFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'setlist-content-files-'));
  roots.push(root);
  mkdirSync(join(root, 'insights'));
  mkdirSync(join(root, 'scorecards'));
  return root;
}

const anHourAgo = new Date(Date.now() - 3_600_000);

/** A file as an author left it a while ago. */
function settled(file: string, text: string): void {
  writeFileSync(file, text);
  utimesSync(file, anHourAgo, anHourAgo);
}

const texts = async (root: string, readBefore: ReadTexts) => (await readContentSources(root, readBefore)).insights.map((source) => source.text);

describe("readContentSources with the texts read before (the dev server's saves)", () => {
  it('reads a file again when it was written, even at the same size, and forgets a removed one', async () => {
    const root = contentFolder();
    const readBefore: ReadTexts = new Map();
    settled(join(root, 'insights', 'a.mdx'), 'first');
    settled(join(root, 'insights', 'b.mdx'), 'other');
    expect(await texts(root, readBefore)).toEqual(['first', 'other']);
    expect(readBefore.size).toBe(2);

    writeFileSync(join(root, 'insights', 'a.mdx'), 'fixed');
    expect(await texts(root, readBefore)).toEqual(['fixed', 'other']);

    rmSync(join(root, 'insights', 'b.mdx'));
    expect(await texts(root, readBefore)).toEqual(['fixed']);
    expect([...readBefore.keys()]).not.toContain(resolve(root, 'insights', 'b.mdx'));
  });

  it('takes a settled, unchanged file from what was read before, and reads a file written just now every time', async () => {
    const root = contentFolder();
    const old = join(root, 'insights', 'a.mdx');
    const saved = join(root, 'insights', 'b.mdx');
    settled(old, 'on disk');
    writeFileSync(saved, 'just saved');
    const readBefore: ReadTexts = new Map();
    await readContentSources(root, readBefore);
    // Only a file's size and time are looked at: a text planted in the memo stands for the file's.
    readBefore.set(resolve(old), { ...readBefore.get(resolve(old))!, text: 'remembered' });
    expect(readBefore.has(resolve(saved))).toBe(false);
    expect(await texts(root, readBefore)).toEqual(['remembered', 'just saved']);
  });
});

describe('the files beside the content (readContentSources().disk)', () => {
  it("names an imported component that lies outside the site's folder, and only such a one", async () => {
    // The content folder is made in the system's temporary folder, outside this project.
    const root = contentFolder();
    const article = join(root, 'insights', 'a.mdx');
    writeFileSync(article, 'body');
    mkdirSync(join(root, 'components'));
    writeFileSync(join(root, 'components', 'Note.astro'), '<aside><slot /></aside><style>aside { margin: 0 }</style>');
    writeFileSync(join(root, 'components', 'helpers.ts'), 'export const x = 1;');
    const { disk } = await readContentSources(root);
    const note = { found: true, componentOutsideSite: join(root, 'components', 'Note.astro') };
    expect(disk.resolveImport('../components/Note.astro', article)).toEqual(note);
    expect(disk.resolveImport('../components/Note', article)).toEqual(note);
    expect(disk.resolveImport('../components/helpers.ts', article)).toEqual({ found: true });
    expect(disk.resolveImport('../components/Missing.astro', article)).toEqual({ found: false });
    // The fixture site's own component, inside this project.
    expect(disk.resolveImport('/tests/fixtures/site/src/components/RunbookStep.astro', article)).toEqual({ found: true });
  });
});
