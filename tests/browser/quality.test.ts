import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { axeViolations, watchPage } from '../helpers/gates.ts';
import { pageTypes } from '../helpers/page-types.ts';

const site = useSite();

describe.each(pageTypes)('$name page ($path)', ({ path, status }) => {
  it.each(['light', 'dark'] as const)('has no WCAG 2.2 AA violations, foreign requests or errors in the %s scheme', async (colorScheme) => {
    const { page } = await site().newPage({ colorScheme });
    const log = watchPage(page, site().origin);
    await page.goto(`${site().origin}${path}`, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    // The 404 page is served with status 404, which Chromium reports as a console error.
    const expectedErrors = status === 404 ? /status of 404/ : /^$/;
    expect(log.errors.filter((error) => !expectedErrors.test(error))).toEqual([]);
  });

  it('fits a 360 px wide screen without horizontal scrolling', async () => {
    const { page } = await site().newPage({ width: 360 });
    await page.goto(`${site().origin}${path}`);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});

describe('keyboard reading', () => {
  it('offers a visible skip link first, which moves focus to the main content', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/insights/jazz-and-reliable-systems/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows a visible focus outline on links', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/insights/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), tag: document.activeElement?.tagName };
    });
    expect(outline.tag).toBe('A');
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });
});

describe('themes', () => {
  it('follow prefers-color-scheme', async () => {
    const backgrounds: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site().newPage({ colorScheme });
      await page.goto(`${site().origin}/`);
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    }
    expect(backgrounds).toEqual(['rgb(255, 255, 255)', 'rgb(18, 22, 27)']);
  });
});
