import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompiledMdxCache } from '../../../src/integration/compiled-mdx-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'setlist-mdx-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const result = { code: 'export default function MDXContent() {}', astroMetadata: { headings: [{ depth: 2, slug: 'why', text: 'Why' }] }, map: null };

describe('compiled MDX kept between builds', () => {
  const cache = new CompiledMdxCache<typeof result>(dir, 'compiler A');
  cache.write('/site/a.mdx', '## Why', result);

  it('gives back what was compiled from the same source by the same compiler', () => {
    expect(cache.read('/site/a.mdx', '## Why')).toEqual(result);
    expect(new CompiledMdxCache<typeof result>(dir, 'compiler A').read('/site/a.mdx', '## Why')).toEqual(result);
  });

  it('misses when the source, the file or the compiler differs', () => {
    expect(cache.read('/site/a.mdx', '## Why not')).toBeUndefined();
    expect(cache.read('/site/b.mdx', '## Why')).toBeUndefined();
    expect(new CompiledMdxCache<typeof result>(dir, 'compiler B').read('/site/a.mdx', '## Why')).toBeUndefined();
  });

  it('keeps one entry per source file, replaced when the file changes', () => {
    cache.write('/site/a.mdx', '## Why now', { ...result, code: 'changed' });
    expect(cache.read('/site/a.mdx', '## Why now')?.code).toBe('changed');
    expect(cache.read('/site/a.mdx', '## Why')).toBeUndefined();
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('treats a damaged entry as missing, so the file is compiled again', () => {
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), 'not a serialized entry');
    expect(cache.read('/site/a.mdx', '## Why now')).toBeUndefined();
  });
});
