import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../helpers/browser.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('search (Pagefind) in Chromium', () => {
  it('finds the seed article by a word from its operator checks and reaches it', async () => {
    const { page } = await site.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${site.origin}/search/`);
    await page.getByLabel('Search the playbooks').fill('timestamped');
    const result = page.locator('.search-result h2 a', { hasText: 'Jazz and Reliable Systems' });
    await result.waitFor({ timeout: 10_000 });
    expect(await page.locator('.search-result mark').first().textContent()).toMatch(/timestamped/i);
    await result.click();
    await page.waitForURL(/\/insights\/jazz-and-reliable-systems\//);
    expect(await page.locator('h1').textContent()).toBe('Jazz and Reliable Systems');
    expect(errors).toEqual([]);
  });
});
