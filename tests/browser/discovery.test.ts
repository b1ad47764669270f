import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSite, useSite } from '../helpers/browser.ts';
import { watchPage } from '../helpers/gates.ts';
import { distDir } from '../helpers/paths.ts';

const site = useSite();

describe('faceted search in Chromium', () => {
  it('searches a word from an operator check, narrows by a tag filter, and reaches the article', async () => {
    const { page } = await site().newPage();
    const log = watchPage(page, site().origin);
    await page.goto(`${site().origin}/search/`);
    await page.getByLabel('Search the playbooks').fill('owner');
    await expect.poll(() => page.locator('.search-result').count()).toBe(3);
    const tagFilter = page.getByRole('group', { name: 'Tag' }).getByRole('checkbox', { name: 'leadership (1)', exact: true });
    await tagFilter.check();
    await expect.poll(() => page.locator('.search-result h2 a').allTextContents()).toEqual(['Jazz and Reliable Systems']);
    expect(await page.locator('.search-section').first().textContent()).toMatch(/^In /);
    await page.getByRole('group', { name: 'Framework' }).waitFor();
    expect(log.errors).toEqual([]);
    await page.locator('.search-result h2 a').click();
    await page.waitForURL(/\/insights\/jazz-and-reliable-systems\/$/);
  });

  it('filters by framework alone, with no search words', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/search/`);
    await page.getByRole('group', { name: 'Framework' }).getByRole('checkbox', { name: 'Policy Gate Stack (1)', exact: true }).check();
    await expect.poll(() => page.locator('.search-result h2 a').allTextContents()).toEqual(['Policy-Gated AI']);
  });

  it('works with the keyboard alone', async () => {
    const { page } = await site().newPage({ width: 360 });
    await page.goto(`${site().origin}/search/?q=timestamped`);
    await expect.poll(() => page.locator('.search-result').count()).toBe(1);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
  });

  it('"/" focuses the header search on other pages, which takes the reader to results', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/insights/jazz-and-reliable-systems/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    await page.keyboard.type('timestamped');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=timestamped$/);
    // The wait starts when the address changes, before the search page has loaded its script,
    // Pagefind's WebAssembly and index: Vitest's default second for the poll was seen to run out
    // under a full suite's load.
    await expect.poll(() => page.locator('.search-result h2 a').allTextContents(), { timeout: 10_000 }).toEqual(['Jazz and Reliable Systems']);
  });

  it('without JavaScript says search needs it and links the index', async () => {
    const { page } = await site().newPage({ javaScript: false });
    await page.goto(`${site().origin}/search/`);
    expect(await page.locator('#search').textContent()).toContain('Search needs JavaScript');
    expect(await page.locator('#search').getByRole('link', { name: 'all insights' }).getAttribute('href')).toBe('/insights/');
  });

  it('without a search index (a site with no article page) says search is unavailable and links the index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setlist-no-index-'));
    cpSync(distDir, dir, { recursive: true, filter: (file) => relative(distDir, file).split(sep)[0] !== 'pagefind' });
    const bare = await openSite(dir);
    try {
      const { page } = await bare.newPage();
      await page.goto(`${bare.origin}/search/`);
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Search is unavailable: this site has no search index. Browse all insights.');
      expect(await page.getByRole('status').getByRole('link', { name: 'all insights' }).getAttribute('href')).toBe('/insights/');
      expect(await page.getByLabel('Search the playbooks').isDisabled()).toBe(true);
    } finally {
      await bare.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
