import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPage } from '../helpers/dist.ts';
import { contentWith, seedFile } from '../helpers/fixture-content.ts';
import { runSetlist } from '../helpers/run.ts';

// A fourth article, removed at the end: its pages must leave the built site with it.
const extra = { file: 'insights/an-extra-article.mdx', slug: 'an-extra-article' };
const fixture = contentWith([{ file: extra.file, copyOf: seedFile, replace: ['position: 2', 'position: 9'] }]);
afterAll(() => fixture.cleanup());
const outDir = join(fixture.dir, 'dist');
const env = { SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') };
const build = () => runSetlist(['build', '--outDir', outDir], env);

describe('incremental rebuilds', () => {
  it('reuse unchanged pages and re-render every page a change reaches', () => {
    const cold = build();
    expect(cold.status, cold.output).toBe(0);

    const warm = build();
    expect(warm.status, warm.output).toBe(0);
    // Unchanged pages are left where the last build wrote them.
    expect(warm.stdout).toMatch(/\/insights\/jazz-and-reliable-systems\/index\.html \(cached\)/);

    const seedPath = join(fixture.dir, seedFile);
    writeFileSync(
      seedPath,
      readFileSync(seedPath, 'utf8')
        .replace('title: Jazz and Reliable Systems', 'title: Jazz, Bands and Reliable Systems')
        .replace('The ensemble craft side', 'The ensemble-craft side'),
    );
    const changed = build();
    expect(changed.status, changed.output).toBe(0);
    // The article itself, its neighbours (whose Previous / Next show its title) and its image are redrawn...
    for (const path of ['/insights/jazz-and-reliable-systems/index.html', '/insights/five-failure-modes/index.html', '/insights/policy-gated-ai/index.html']) {
      expect(changed.stdout).not.toMatch(new RegExp(`${path.replaceAll('.', '\\.')} \\((cached|restored)\\)`));
    }
    expect(changed.stdout).toContain('[og] rendered jazz-and-reliable-systems');
    // ...while pages it does not reach stay as the last build wrote them.
    expect(changed.stdout).toContain('/insights/policy-gated-ai/checklist/index.html (cached)');
    const article = loadPage('/insights/jazz-and-reliable-systems/', outDir);
    expect(article('h1').text()).toBe('Jazz, Bands and Reliable Systems');
    // The body is rendered again from the edited file, not taken from the content store.
    expect(article('.prose').text()).toContain('The ensemble-craft side of this discipline');
    expect(article('.prose').text()).not.toContain('The ensemble craft side');
    expect(loadPage('/insights/five-failure-modes/', outDir)('a[rel="next"]').text()).toBe('Jazz, Bands and Reliable Systems');
    expect(loadPage('/insights/', outDir)('.card h2 a').eq(1).text()).toBe('Jazz, Bands and Reliable Systems');
  });

  it('removes the pages of an article that is gone, and nothing of the others', () => {
    const articleDir = join(outDir, 'insights', extra.slug);
    expect(existsSync(join(articleDir, 'index.html'))).toBe(true);
    rmSync(join(fixture.dir, extra.file));
    const after = build();
    expect(after.status, after.output).toBe(0);
    expect(after.stdout).toMatch(/removed \d+ files of earlier builds from the output folder/);
    expect(existsSync(articleDir)).toBe(false);
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).not.toContain(extra.slug);
    expect(existsSync(join(outDir, 'insights', 'jazz-and-reliable-systems', 'checklist', 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'favicon.svg'))).toBe(true);
    // Preview images are linked in from the image cache, with its older file times, and stay.
    expect(existsSync(join(outDir, 'insights', 'five-failure-modes', 'og.png'))).toBe(true);
    expect(existsSync(join(outDir, 'og.png'))).toBe(true);
    // Every page and bundle the site links to is still there.
    expect(after.stdout).toMatch(/✓ links: every internal link in \d+ pages resolves/);
  });
});
