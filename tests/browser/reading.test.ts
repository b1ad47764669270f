import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { watchPage } from '../helpers/gates.ts';

const site = useSite();
const article = '/insights/jazz-and-reliable-systems/';

describe('table of contents', () => {
  it('stays beside the text at 1280 px while scrolling and marks the section in view', async () => {
    const { page } = await site().newPage({ width: 1280 });
    await page.goto(`${site().origin}${article}`);
    const toc = page.locator('nav.toc');
    expect(await toc.locator('details').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    const text = await page.locator('.prose').boundingBox();
    for (const section of ['#tldr', '#step-rhythm-stability', '#objections', '#cadence']) {
      await page.locator(section).evaluate((element) => element.scrollIntoView());
      await expect.poll(() => toc.locator('a[aria-current="true"]').getAttribute('href')).toBe(section);
      const box = await toc.boundingBox();
      // In the viewport, and to the right of the text, not over it.
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(100);
      expect(box!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
      expect(await toc.locator(`a[href="${section}"]`).isVisible()).toBe(true);
    }
    expect(await toc.locator('a[aria-current]').count()).toBe(1);
  });

  it('lists the framework steps under their section', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}${article}`);
    const steps = await page.locator('nav.toc a[href="#framework"] + ol a').allTextContents();
    expect(steps).toEqual([
      'Step 1: Shared Form',
      'Step 2: Contextual Handoff',
      'Step 3: Rhythm Stability',
      'Step 4: Dynamic Range Control',
      'Step 5: Post-Set Debrief',
    ]);
    for (const step of await page.locator('nav.toc a[href="#framework"] + ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(await page.locator(step!).count()).toBe(1);
    }
  });

  it('is a collapsed, labelled disclosure under the header at 360 px that opens with the keyboard', async () => {
    const { page } = await site().newPage({ width: 360 });
    await page.goto(`${site().origin}${article}`);
    const summary = page.getByRole('navigation', { name: 'On this page' }).locator('summary');
    expect(await summary.textContent()).toBe('On this page');
    const firstLink = page.locator('nav.toc a[href="#tldr"]');
    expect(await firstLink.isVisible()).toBe(false);
    // Under the header, above the text.
    const [headerBox, summaryBox, proseBox] = await Promise.all([
      page.locator('.article-header').boundingBox(),
      summary.boundingBox(),
      page.locator('.prose').boundingBox(),
    ]);
    expect(summaryBox!.y).toBeGreaterThan(headerBox!.y + headerBox!.height - 1);
    expect(summaryBox!.y).toBeLessThan(proseBox!.y);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await firstLink.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#tldr');
  });

  it('shows its links beside the text without JavaScript too', async () => {
    const { page } = await site().newPage({ width: 1280, javaScript: false });
    await page.goto(`${site().origin}${article}`);
    expect(await page.locator('nav.toc a[href="#objections"]').isVisible()).toBe(true);
    await page.locator('nav.toc a[href="#objections"]').click();
    expect(new URL(page.url()).hash).toBe('#objections');
  });

  it('ends a long page with a link back to the top that moves focus there', async () => {
    const { page } = await site().newPage({ width: 360 });
    await page.goto(`${site().origin}${article}`);
    const backToTop = page.locator('.article > .back-to-top a');
    await backToTop.scrollIntoViewIfNeeded();
    await backToTop.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('theme switch', () => {
  const background = () => getComputedStyle(document.body).backgroundColor;
  const [lightBackground, darkBackground] = ['rgb(255, 255, 255)', 'rgb(18, 22, 27)'];

  it('offers light, dark and system, follows the choice at once and keeps it across a reload', async () => {
    const { page } = await site().newPage({ colorScheme: 'light' });
    const log = watchPage(page, site().origin);
    await page.goto(`${site().origin}/`);
    const select = page.getByRole('combobox', { name: 'Theme' });
    expect(await select.locator('option').allTextContents()).toEqual(['System', 'Light', 'Dark']);
    expect(await select.inputValue()).toBe('system');
    // With the keyboard: focus, then the arrow keys change a closed select's value.
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe('dark');
    expect(await page.evaluate(background)).toBe(darkBackground);
    await page.reload();
    expect(await page.evaluate(background)).toBe(darkBackground);
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('dark');
    // The choice holds on every page.
    await page.goto(`${site().origin}${article}`);
    expect(await page.evaluate(background)).toBe(darkBackground);
    // Back to the system's setting: the reader's light scheme.
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    expect(await page.evaluate(background)).toBe(lightBackground);
    await page.reload();
    expect(await page.evaluate(() => [document.documentElement.getAttribute('data-theme'), localStorage.length])).toEqual([null, 0]);
    expect(log.errors).toEqual([]);
  });

  it('pins light against a dark system setting', async () => {
    const { page } = await site().newPage({ colorScheme: 'dark' });
    await page.goto(`${site().origin}/`);
    expect(await page.evaluate(background)).toBe(darkBackground);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    expect(await page.evaluate(background)).toBe(lightBackground);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');
  });

  it('applies a kept theme before the first paint, from the inline script the CSP allows by hash', async () => {
    const { page, context } = await site().newPage({ colorScheme: 'light' });
    const log = watchPage(page, site().origin);
    await page.goto(`${site().origin}/`);
    await page.evaluate(() => localStorage.setItem('setlist:theme', 'dark'));
    // No module script may help: only the <head> script can set the theme now.
    await context.route('**/_astro/*.js', (route) => route.abort());
    // Before any of the page's own scripts: note what <html> says when <body> first exists (nothing can be painted earlier).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site().origin}${article}`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('dark');
    expect(await page.evaluate(background)).toBe(darkBackground);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).not.toContain('unsafe-inline');
    expect(log.errors.filter((error) => !error.includes('net::ERR_FAILED'))).toEqual([]);
    // Without JavaScript the switch, which could do nothing, is not shown.
    const { page: noScript } = await site().newPage({ javaScript: false });
    await noScript.goto(`${site().origin}/`);
    expect(await noScript.getByRole('combobox', { name: 'Theme' }).count()).toBe(0);
  });

  it('prints light whatever the theme', async () => {
    const { page } = await site().newPage({ colorScheme: 'dark' });
    await page.goto(`${site().origin}${article}`);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(background)).toBe(lightBackground);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color)).toBe('rgb(0, 0, 0)');
  });
});

describe('printable checklist page', () => {
  it('reads as sentences: a space between the note and the link back', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}${article}checklist/`);
    expect(await page.locator('.checklist-header').innerText()).toContain('for pen and paper. Back to the article');
  });
});
