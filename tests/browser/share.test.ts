import { describe, expect, it } from 'vitest';
import { aboveTheFold } from '../../src/domain/linkedin.ts';
import { useSite } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/gates.ts';

const articlePath = '/insights/jazz-and-reliable-systems/';
const post =
  'The best systems work I have seen feels more like a great band than a rigid machine. This post connects jazz ensemble principles to operational reliability and team trust.\n\nFull article: https://playbooks.example.org/insights/jazz-and-reliable-systems/';
const site = useSite();

describe('sharing in Chromium', () => {
  it('"Copy teaser" puts the teaser and canonical URL on the clipboard and confirms it', async () => {
    const { page, context } = await site().newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
    await page.goto(`${site().origin}${articlePath}`);
    await page.getByRole('button', { name: 'Copy teaser' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied: the teaser and the article link are on your clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(post);
  });

  it('falls back to selecting the teaser when the Clipboard API is unavailable', async () => {
    const { page, context } = await site().newPage();
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(`${site().origin}${articlePath}`);
    await page.getByRole('button', { name: 'Copy teaser' }).click();
    expect(await page.locator('[data-copy-status]').textContent()).toContain('The teaser is selected');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toContain(
      'Full article: https://playbooks.example.org/insights/jazz-and-reliable-systems/',
    );
  });

  it('reads in full without JavaScript: every section, no copy button, the share link still there', async () => {
    const withScript = await site().newPage();
    await withScript.page.goto(`${site().origin}${articlePath}`);
    const headings = await withScript.page.locator('article h2').allTextContents();
    const { page } = await site().newPage({ javaScript: false });
    await page.goto(`${site().origin}${articlePath}`);
    expect(await page.locator('article h2').allTextContents()).toEqual(headings);
    expect(headings).toHaveLength(15);
    expect(await page.getByRole('button', { name: 'Copy teaser' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Share on LinkedIn' }).isVisible()).toBe(true);
  });

  it('previews the post as LinkedIn shows it: the text cut at the fold, the link card, its image fetched only when opened', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site().newPage({ colorScheme });
      await page.goto(`${site().origin}${articlePath}`);
      const fetchedImages = () => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/og.png')).length);
      expect(await fetchedImages()).toBe(0);
      await page.getByText('Preview the post as LinkedIn shows it').click();
      const { shown, cut } = aboveTheFold(post);
      expect(cut).toBe(true);
      expect(await page.locator('.post-text').textContent()).toBe(`${shown} …see more`);
      expect(await page.locator('.post-link-title').textContent()).toBe('Jazz and Reliable Systems');
      expect(await page.locator('.post-link-domain').textContent()).toBe('playbooks.example.org');
      const image = page.locator('.post-link-card img');
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(1200);
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});
