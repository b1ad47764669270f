import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { axeViolations, watchPage } from '../helpers/gates.ts';

// five-failure-modes: a picture, callouts and a code block; policy-gated-ai: a component of the site.
const plainPath = '/insights/five-failure-modes/';
const compiledPath = '/insights/policy-gated-ai/';
const code = "# Count last quarter's incidents by failure mode\ngrep -h '^failure-mode:' reviews/2026-q3/*.md | sort | uniq -c | sort -rn";
const site = useSite();

describe('article bodies in Chromium', () => {
  it('"Copy" puts the code block on the clipboard and says so, from the keyboard too', async () => {
    const { page, context } = await site().newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
    await page.goto(`${site().origin}${plainPath}`);
    const button = page.getByRole('button', { name: 'Copy Shell code' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-code-block] [role="status"]').textContent()).toBe('Copied');
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(code);
  });

  it('selects the code for copying by hand when the Clipboard API is unavailable', async () => {
    const { page, context } = await site().newPage();
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(`${site().origin}${plainPath}`);
    await page.getByRole('button', { name: 'Copy Shell code' }).click();
    await expect.poll(() => page.locator('[data-code-block] [role="status"]').textContent()).toContain('The code is selected');
    expect((await page.evaluate(() => window.getSelection()?.toString()))?.trim()).toBe(code);
  });

  it('shows the code, the picture and the callouts without JavaScript, with no button that does nothing', async () => {
    const { page } = await site().newPage({ javaScript: false });
    await page.goto(`${site().origin}${plainPath}`);
    expect((await page.locator('[data-code-block] pre').textContent())?.trim()).toBe(code);
    expect(await page.locator('[data-code-block] button').count()).toBe(0);
    await expect.poll(() => page.locator('figure img').evaluate((img: HTMLImageElement) => (img.scrollIntoView(), img.complete && img.naturalWidth))).toBe(800);
    expect(await page.getByRole('note', { name: 'Caution: Before the first review' }).isVisible()).toBe(true);
  });

  it('keeps the strict Content-Security-Policy and passes axe on both paths, light and dark', async () => {
    for (const path of [plainPath, compiledPath])
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await site().newPage({ colorScheme });
        const log = watchPage(page, site().origin);
        const violations: string[] = [];
        await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
        await page.addInitScript(() =>
          document.addEventListener('securitypolicyviolation', (event) =>
            (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
          ),
        );
        await page.goto(`${site().origin}${path}`);
        await page.locator('footer').scrollIntoViewIfNeeded();
        expect(violations, `${path} ${colorScheme}`).toEqual([]);
        expect(log.errors, `${path} ${colorScheme}`).toEqual([]);
        expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
      }
  });

  it('colours the code for the reader’s theme: dark text on light, light text on dark', async () => {
    const colours: Record<string, { background: string; text: string }> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site().newPage({ colorScheme });
      await page.goto(`${site().origin}${plainPath}`);
      colours[colorScheme] = await page
        .locator('[data-code-block]')
        .evaluate((block) => ({ background: getComputedStyle(block).backgroundColor, text: getComputedStyle(block.querySelector('pre')!).color }));
    }
    // GitHub's light and dark themes: the block's own background and text.
    expect(colours).toEqual({
      light: { background: 'rgb(255, 255, 255)', text: 'rgb(31, 35, 40)' },
      dark: { background: 'rgb(13, 17, 23)', text: 'rgb(230, 237, 243)' },
    });
  });
});
