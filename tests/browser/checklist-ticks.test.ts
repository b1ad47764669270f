import { describe, expect, it } from 'vitest';
import { tickBoxes, ticksStorageKey } from '../../src/domain/checklist-ticks.ts';
import { useSite } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/gates.ts';
import { loadContent } from '../helpers/content.ts';
import { pdfPageTexts } from '../helpers/pdf.ts';

const seed = loadContent().articles.find((article) => article.slug === 'jazz-and-reliable-systems')!;
const articlePath = `/insights/${seed.slug}/`;
const checklistPath = `${articlePath}checklist/`;
const storageKey = ticksStorageKey(checklistPath);
const items = seed.data.checklist;
const checks = seed.data.framework.steps.flatMap((step) => step.operatorChecks);
const site = useSite();

const progress = (page: import('playwright-core').Page) => page.locator('[data-tick-progress]').textContent();
const stored = (page: import('playwright-core').Page) => page.evaluate((key) => localStorage.getItem(key), storageKey);
const box = (page: import('playwright-core').Page, line: string | undefined) => page.getByRole('checkbox', { name: line });

/** The lines ticked and not ticked on the page, and the progress it shows. */
async function expectTicks(page: import('playwright-core').Page, ticks: { on: (string | undefined)[]; off: (string | undefined)[]; done: string }) {
  for (const line of ticks.on) expect(await box(page, line).isChecked(), line).toBe(true);
  for (const line of ticks.off) expect(await box(page, line).isChecked(), line).toBe(false);
  expect(await progress(page)).toBe(ticks.done);
}
const visit = (page: import('playwright-core').Page, path = checklistPath) => page.goto(`${site().origin}${path}`);

describe('ticking a checklist online', () => {
  it('keeps the ticks of the printable checklist across a reload and shows them in the article', async () => {
    const { page } = await site().newPage();
    await visit(page);
    expect(await progress(page)).toBe(`0 of ${items.length + checks.length} done`);
    await box(page, items[0]).check();
    await box(page, checks[0]).check();
    expect(await progress(page)).toBe(`2 of ${items.length + checks.length} done`);

    await page.reload();
    await expectTicks(page, { on: [items[0], checks[0]], off: [items[1]], done: `2 of ${items.length + checks.length} done` });

    // The article shows the practical checklist only; ticking there keeps the operator check's tick.
    await visit(page, articlePath);
    await expectTicks(page, { on: [items[0]], off: [items[1]], done: `1 of ${items.length} done` });
    await box(page, items[1]).check();
    await visit(page);
    await expectTicks(page, { on: [checks[0], items[1]], off: [], done: `3 of ${items.length + checks.length} done` });
  });

  it('is operated with the keyboard alone', async () => {
    const { page } = await site().newPage();
    await visit(page);
    await box(page, items[2]).focus();
    await page.keyboard.press('Space');
    expect(await box(page, items[2]).isChecked()).toBe(true);
    expect(await progress(page)).toBe(`1 of ${items.length + checks.length} done`);
  });

  it('ticks a box when its line is clicked, as a label does', async () => {
    const { page } = await site().newPage();
    await visit(page);
    await page.getByText(checks[1]!, { exact: true }).click();
    expect(await box(page, checks[1]).isChecked()).toBe(true);
  });

  it('never applies an old tick to an edited line, and keeps the others', async () => {
    const { page, context } = await site().newPage();
    const [first] = tickBoxes('item', [items[0]!]);
    // A tick saved for a line whose text has since changed, beside one for an unchanged line.
    const [edited] = tickBoxes('item', [`${items[3]} (before the author's edit)`]);
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('planted')) localStorage.setItem(key!, value!);
        sessionStorage.setItem('planted', '1');
      },
      [storageKey, JSON.stringify({ format: 'setlist-checklist-ticks', version: 1, ticked: [first!.id, edited!.id] })],
    );
    await visit(page);
    await expectTicks(page, { on: [items[0]], off: [items[3]], done: `1 of ${items.length + checks.length} done` });
  });

  it('clears every tick only after asking', async () => {
    const { page } = await site().newPage();
    await visit(page);
    await box(page, items[0]).check();
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Clear ticks' }).click();
    expect(questions).toEqual(['Clear every tick of this checklist, here and on its other page?']);
    expect(await box(page, items[0]).isChecked()).toBe(true);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Clear ticks' }).click();
    expect(await box(page, items[0]).isChecked()).toBe(false);
    expect(await page.locator('[data-tick-status]').textContent()).toBe('Every tick is cleared.');
    expect(await stored(page)).toBeNull();
  });

  it('recovers from unreadable storage, and works where the browser refuses storage', async () => {
    const corrupt = await site().newPage();
    await corrupt.context.addInitScript(
      ([key]) => {
        if (!sessionStorage.getItem('planted')) localStorage.setItem(key!, '{"ticked": "not a list"');
        sessionStorage.setItem('planted', '1');
      },
      [storageKey],
    );
    await visit(corrupt.page);
    expect(await corrupt.page.locator('[data-tick-status]').textContent()).toBe(
      'The ticks saved for this checklist could not be read; ticking a box starts them again.',
    );
    await box(corrupt.page, items[0]).check();
    expect(JSON.parse((await stored(corrupt.page))!)).toMatchObject({ format: 'setlist-checklist-ticks', version: 1 });

    const refused = await site().newPage();
    await refused.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await visit(refused.page);
    expect(await refused.page.locator('[data-tick-status]').textContent()).toBe(
      'This browser does not allow saving, so your ticks last until you leave the page.',
    );
    await box(refused.page, items[0]).check();
    expect(await progress(refused.page)).toBe(`1 of ${items.length + checks.length} done`);
  });

  it('prints a blank sheet or the ticked one, each on one A4 and one Letter page', async () => {
    const { page, context } = await site().newPage();
    // Records which sheet each print button asked for (headless Chromium prints nothing).
    await context.addInitScript(() => {
      const asked: (string | undefined)[] = [];
      (window as unknown as { printed: typeof asked }).printed = asked;
      window.print = () => void asked.push(document.documentElement.dataset.printSheet);
    });
    await visit(page);
    await box(page, items[0]).check();
    await page.getByRole('button', { name: 'Print with my ticks' }).click();
    await page.getByRole('button', { name: 'Print blank sheet' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['ticked', 'blank']);
    expect(await page.evaluate(() => document.documentElement.dataset.printSheet)).toBeUndefined();

    const tickedBox = box(page, items[0]);
    for (const sheet of ['ticked', 'blank'] as const) {
      await page.evaluate((value) => (document.documentElement.dataset.printSheet = value), sheet);
      for (const format of ['A4', 'Letter'] as const) {
        const pages = await pdfPageTexts(await page.pdf({ format }));
        expect(pages, `${sheet} sheet on ${format}`).toHaveLength(1);
      }
      await page.emulateMedia({ media: 'print' });
      // A ticked box prints as the checkbox it is; on the blank sheet every box is drawn empty.
      expect(await tickedBox.evaluate((box) => getComputedStyle(box).appearance)).toBe(sheet === 'ticked' ? 'auto' : 'none');
      expect(await page.locator('[data-tick-tools]').isVisible()).toBe(false);
      // Back to no emulation: page.pdf() would otherwise print with screen styles.
      await page.emulateMedia({ media: null });
    }
  });

  it('has no WCAG 2.2 AA violations with ticks, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site().newPage({ colorScheme });
      for (const path of [checklistPath, articlePath]) {
        await page.goto(`${site().origin}${path}`);
        await box(page, items[0]).check();
        expect(await axeViolations(page), `${path} in ${colorScheme}`).toEqual([]);
      }
    }
  });

  it('without JavaScript stays the printable sheet with drawn boxes', async () => {
    const { page } = await site().newPage({ javaScript: false });
    await visit(page);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.locator('.box[data-tick]').count()).toBe(items.length + checks.length);
    expect(await page.locator('[data-tick-tools]').isVisible()).toBe(false);
  });
});
