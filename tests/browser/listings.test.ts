/**
 * What leads a reader on from a page: the insights index a page at a time, an article's related
 * playbooks and its author, and the footer, in Chromium at a phone's and a desk's width.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPageSize } from '../../src/domain/pagination.ts';
import { openSite, useSite, type SiteSession } from '../helpers/browser.ts';
import { contentWith } from '../helpers/fixture-content.ts';
import { watchPage } from '../helpers/gates.ts';
import { runSetlist } from '../helpers/run.ts';

const site = useSite();

describe('the insights index of a site with more playbooks than one page holds', () => {
  // 25 copies of one fixture article, out of the series, dated a day apart: 28 playbooks, two pages.
  const copies = Array.from({ length: 25 }, (_, index) => ({
    file: `insights/gate-copy-${index + 1}.mdx`,
    copyOf: 'insights/policy-gated-ai.mdx',
    replace: [
      /title: Policy-Gated AI\n(description: .*\n)published: 2026-10-13\n([\s\S]*?)position: 3\nseries: Reliable Operations\n/,
      `title: Gate Copy ${index + 1}\n$1published: 2026-08-${String(index + 1).padStart(2, '0')}\n$2position: ${10 + index}\n`,
    ] as [RegExp, string],
  }));
  const fixture = contentWith(copies);
  let manySite: SiteSession | undefined;
  beforeAll(async () => {
    const outDir = join(fixture.dir, 'dist');
    const result = runSetlist(['build', '--outDir', outDir], { SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') });
    expect(result.status, result.output).toBe(0);
    manySite = await openSite(outDir);
  }, 180_000);
  afterAll(async () => {
    await manySite?.close();
    fixture.cleanup();
  });

  it('shows the newest page first, and leads to the older one and back by links marked next and prev', async () => {
    const { page } = await manySite!.newPage({ width: 360 });
    const log = watchPage(page, manySite!.origin);
    await page.goto(`${manySite!.origin}/insights/`);
    const titles = () => page.locator('.card-title a').allTextContents();
    const first = await titles();
    expect(first).toHaveLength(indexPageSize);
    expect(first[0]).toBe('Policy-Gated AI');
    expect(await page.getByRole('navigation', { name: 'Pages of all insights' }).textContent()).toContain('Page 1 of 2');
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);

    await page.locator('.pagination a[rel="next"]').click();
    await page.waitForURL(/\/insights\/page\/2\/$/);
    const second = await titles();
    expect(second).toHaveLength(28 - indexPageSize);
    expect(second.filter((title) => first.includes(title))).toEqual([]);
    expect(second.at(-1)).toBe('Gate Copy 1');
    expect(await page.title()).toContain('page 2 of 2');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/insights\/page\/2\/$/);
    expect(await page.locator('a[rel="next"]').count()).toBe(0);

    await page.locator('.pagination a[rel="prev"]').click();
    await page.waitForURL(/\/insights\/$/);
    expect(log.errors).toEqual([]);
  });

  it("shows each card's preview image sized and described, the first at once and the others as they scroll near", async () => {
    const { page } = await manySite!.newPage();
    await page.goto(`${manySite!.origin}/insights/`);
    const images = page.locator('.card-image');
    expect(await images.count()).toBe(indexPageSize);
    expect(await images.first().getAttribute('loading')).toBe('eager');
    for (const image of (await images.all()).slice(1)) expect(await image.getAttribute('loading')).toBe('lazy');
    for (const image of await images.all()) {
      expect(await image.getAttribute('alt')).toMatch(/^.+: .+, on Fixture Ops$/);
      expect([await image.getAttribute('width'), await image.getAttribute('height')]).toEqual(['1200', '627']);
    }
    await expect.poll(() => images.first().evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1200);
  });
});

describe('the end of an article', () => {
  it('names the author with the picture and profile from the config, then related playbooks that lead to them', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/insights/jazz-and-reliable-systems/`);
    const author = page.getByRole('complementary', { name: 'About the author' });
    expect(await author.textContent()).toContain('Fixture Ops');
    expect(await author.textContent()).toContain('Systems and operations lead');
    await author.scrollIntoViewIfNeeded();
    await expect.poll(() => author.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await author.getByRole('link').getAttribute('href')).toBe('https://www.linkedin.com/company/fixture-ops');

    const related = page.getByRole('region', { name: 'Related playbooks' });
    expect(await related.getByRole('link').allTextContents()).toEqual(['Five Failure Modes', 'Policy-Gated AI']);
    // After the related playbooks, Previous | All insights | Next.
    const order = await page.evaluate(() =>
      ['.author-box', '.related', '.article-nav'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await related.getByRole('link', { name: 'Policy-Gated AI' }).click();
    await page.waitForURL(/\/insights\/policy-gated-ai\/$/);
  });
});

describe('the header and footer', () => {
  it('keep the header to one row at 360 px, with the theme choice named for screen readers', async () => {
    const { page } = await site().newPage({ width: 360 });
    await page.goto(`${site().origin}/insights/jazz-and-reliable-systems/`);
    await page.locator('#theme-switch:not([hidden])').waitFor();
    const rows = await page.evaluate(() => {
      const header = document.querySelector('.site-header')!;
      const visible = [...header.children].filter((child) => child.getBoundingClientRect().height > 0 && getComputedStyle(child).display !== 'none');
      return new Set(visible.map((child) => Math.round(child.getBoundingClientRect().top + child.getBoundingClientRect().height / 2))).size;
    });
    expect(rows).toBe(1);
    expect(await page.getByLabel('Theme').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
  });

  it('link the feed, the author and every insight, and carry the copyright line', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/`);
    const footer = page.getByRole('contentinfo');
    expect(await footer.textContent()).toContain('© 2026 Fixture Ops · Text under CC BY 4.0');
    const feed = await page.request.get(new URL((await footer.getByRole('link', { name: 'RSS feed' }).getAttribute('href'))!, site().origin).href);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('<rss');
    expect(await footer.getByRole('link', { name: "Fixture Ops's profile" }).getAttribute('rel')).toBe('author noopener noreferrer');
    await footer.getByRole('link', { name: 'All insights' }).click();
    await page.waitForURL(/\/insights\/$/);
  });
});
