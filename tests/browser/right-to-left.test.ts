import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { uiTexts } from '../../src/domain/ui-text/index.ts';
import { useFixtureIn } from '../helpers/fixture-in-language.ts';

// The fixture site with Arabic as its language: its articles stay in English, Setlist's words
// around them are Arabic, and every page runs from the right, on screen and in print.
const arabic = useFixtureIn('ar');

describe('a site in a right-to-left language', () => {
  it('is built in Arabic, with no warning about its language', () => {
    expect(arabic.output()).not.toMatch(/reader text comes in/);
    expect(
      load(readFileSync(join(arabic.dist(), 'index.html'), 'utf8'))('nav[aria-label]')
        .first()
        .attr('aria-label'),
    ).toBe(uiTexts.ar.site.header.navLabel);
  });

  it('marks every page right to left', () => {
    const pages = (readdirSync(arabic.dist(), { recursive: true }) as string[]).filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`));
    expect(pages.length).toBeGreaterThan(10);
    const marked = pages.map((page) => {
      const html = load(readFileSync(join(arabic.dist(), page), 'utf8'))('html');
      return [page, html.attr('lang'), html.attr('dir')];
    });
    expect(marked).toEqual(pages.map((page) => [page, 'ar', 'rtl']));
  });

  it('lays the article, its callouts and its checklist out from the right, on screen and in print', async () => {
    const site = await arabic.site();
    for (const media of ['screen', 'print'] as const) {
      // A phone's screen, and an A4 sheet's printable width.
      const { page } = await site.newPage({ width: media === 'print' ? 794 : 390 });
      await page.emulateMedia({ media });
      await page.goto(`${site.origin}/insights/five-failure-modes/`);
      const callout = await page
        .locator('aside.callout')
        .first()
        .evaluate((aside) => {
          const style = getComputedStyle(aside);
          return { direction: style.direction, right: style.borderRightWidth, left: style.borderLeftWidth };
        });
      // The callout's bar (its thick border) is on its right, its start.
      expect(callout.direction, media).toBe('rtl');
      expect(Number.parseFloat(callout.right), media).toBeGreaterThan(Number.parseFloat(callout.left));
      const heading = await page.locator('main h1').evaluate((h1) => {
        const box = h1.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(h1);
        const text = range.getBoundingClientRect();
        return { rightGap: box.right - text.right, leftGap: text.left - box.left };
      });
      // The title's text sits against the right edge of its box.
      expect(heading.rightGap, media).toBeLessThan(1);
      expect(heading.leftGap, media).toBeGreaterThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), media).toBe(true);
    }
  });
});
