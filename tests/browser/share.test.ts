import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const articlePath = '/insights/jazz-and-reliable-systems/';
const post =
  'The best systems work I have seen feels more like a great band than a rigid machine. This post connects jazz ensemble principles to operational reliability and team trust.\n\nFull article: https://trlyptrk.com/insights/jazz-and-reliable-systems/';
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
    expect(await page.evaluate(() => window.getSelection()?.toString())).toContain('Full article: https://trlyptrk.com/insights/jazz-and-reliable-systems/');
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
});
