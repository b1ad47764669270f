import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { indexForSearch } from '../../../src/node/search-index.ts';
import { useScratchSite } from '../../helpers/scratch-site.ts';

const config = { insightsPaths: ['/insights/'] };

describe('indexForSearch (Pagefind over the built article pages)', () => {
  const site = useScratchSite();
  const write = site.write;
  const article = (title: string, words: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;

  it('indexes the article pages into the site, then reuses the index while they are unchanged', async () => {
    write('index.html', article('Home', 'welcome'));
    write('insights/a/index.html', article('Runbooks', 'escalation ladder'));
    write('insights/b/index.html', article('Reviews', 'blameless review'));
    // Pagefind settings in the environment must not change what Setlist indexes.
    vi.stubEnv('PAGEFIND_FORCE_LANGUAGE', 'fr');

    expect(await indexForSearch(site.dist(), config)).toBe('✓ search index: 2 pages read');
    const entry = JSON.parse(readFileSync(join(site.dist(), 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.entries(entry.languages).map(([language, { page_count }]) => `${language}: ${page_count}`)).toEqual(['en: 2']);
    expect(await indexForSearch(site.dist(), config)).toBe('✓ search index: 2 pages unchanged since the last build, index reused');
    expect(existsSync(join(site.dist(), 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('makes no index, and removes an old one, when the site has no article page', async () => {
    write('index.html', article('Home', 'welcome'));
    write('pagefind/pagefind.js', '// left by an earlier build');
    expect(await indexForSearch(site.dist(), config)).toBe('✓ search index: no article page to index');
    expect(existsSync(join(site.dist(), 'pagefind'))).toBe(false);
  });

  it("runs the binary a machine names in Pagefind's own variable, and says when Pagefind fails", async () => {
    write('insights/a/index.html', article('Runbooks', 'escalation ladder'));
    vi.stubEnv('PAGEFIND_EXTENDED_BINARY_PATH', join(site.dist(), 'no-such-pagefind'));
    await expect(indexForSearch(site.dist(), config)).rejects.toThrow(`Pagefind could not index the article pages of ${site.dist()}:`);
  });
});
