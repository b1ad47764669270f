import { describe, expect, it } from 'vitest';
import { allSeries } from '../../src/domain/series.ts';
import { uiTexts } from '../../src/domain/ui-text/index.ts';
import { useSite } from '../helpers/browser.ts';
import { loadContent } from '../helpers/content.ts';
import { pdfPageBands, squash } from '../helpers/pdf.ts';

const [series] = allSeries(loadContent().articles.map((article) => ({ id: article.slug, data: article.data })));
if (!series) throw new Error('the shipped content has no series');
const bookPath = `/insights/series/${series.slug}/book/`;
const site = useSite();

/** The page (0-based) whose text holds `needle`, from the first page on. */
const pageOf = (pages: readonly string[], needle: string) => pages.findIndex((text) => squash(text).includes(squash(needle)));

describe.each(['A4', 'Letter'] as const)('the series book printed on %s (PDF read back with PDF.js)', (format) => {
  let printing: Promise<{ head: string; body: string; foot: string }[]> | undefined;
  // Printed once, by the first test that asks (the site opens before the tests, not before this runs).
  const printed = () =>
    (printing ??= (async () => {
      const { page } = await site().newPage();
      await page.goto(`${site().origin}${bookPath}`);
      // The margins of the print stylesheet's @page (src/styles/base.css): the running head stands in the top one.
      return pdfPageBands(await page.pdf({ format }), { top: 14, bottom: 16 });
    })());
  /** Each part's first page (0-based): where its eyebrow and title open the page area. */
  const firstPages = async () => {
    const pages = await printed();
    return series.articles.map((article, index) => {
      const opening = squash(`Part ${index + 1} of ${series.articles.length} ${article.data.title}`).toLowerCase();
      return pages.findIndex((page) => squash(page.body).toLowerCase().startsWith(opening));
    });
  };

  it('opens with a cover and a contents page, then starts each article on a new page, in order', async () => {
    const pages = await printed();
    expect(squash(pages[0]!.body)).toContain(squash(series.name));
    for (const article of series.articles) expect(squash(pages[0]!.body)).toContain(squash(article.data.title));
    expect(pages[1]!.body.startsWith('Contents')).toBe(true);
    const first = await firstPages();
    // The shipped series' contents fit one page: the first article opens the third.
    expect(first[0]).toBe(2);
    expect(
      first.every((start, index) => index === 0 || start > first[index - 1]!),
      `first pages ${first.join(', ')}`,
    ).toBe(true);
  });

  it('heads every page of an article with its title, and no page before the first article', async () => {
    const pages = await printed();
    const first = await firstPages();
    pages.forEach((page, number) => {
      const part = first.findLastIndex((start) => start <= number);
      expect(page.head, `page ${number + 1}`).toBe(part < 0 ? '' : series.articles[part]!.data.title);
    });
  });

  it('never splits a framework step or an objection across pages', async () => {
    const bodies = (await printed()).map((page) => page.body);
    const first = await firstPages();
    series.articles.forEach((article, index) => {
      // Looked for on the article's own pages only, so no other part's text can answer for it.
      const own = bodies.slice(first[index], first[index + 1]);
      article.data.framework.steps.forEach((step, stepIndex) => {
        const start = pageOf(own, uiTexts.en.article.framework.step(stepIndex + 1, step.title));
        expect(start, `${article.id}: ${step.title}`).toBeGreaterThanOrEqual(0);
        expect(pageOf(own, step.operatorChecks.at(-1)!), `${article.id}: ${step.title} ends on the page it starts`).toBe(start);
      });
      for (const objection of article.data.objections) {
        const start = pageOf(own, objection.objection);
        expect(start, `${article.id}: ${objection.objection}`).toBeGreaterThanOrEqual(0);
        expect(pageOf(own, objection.rebuttal), `${article.id}: ${objection.objection}`).toBe(start);
      }
    });
  });
});

describe('the series book on screen', () => {
  it('reads without the islands of the article page, with one print button (and its code block’s Copy), and every link in it lands', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}${bookPath}`);
    expect(await page.locator('main button').allTextContents()).toEqual(['Print this book', 'Copy']);
    expect(await page.locator('main [data-tick], main [data-share], main .post-preview, main .tick-tools').count()).toBe(0);
    const targets = await page.locator('main a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(1)));
    expect(targets.length).toBeGreaterThan(series.articles.length * 10);
    const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), targets);
    expect(missing).toEqual([]);
  });

  it('is linked from the series page and from every part', async () => {
    const { page } = await site().newPage();
    for (const path of [`/insights/series/${series.slug}/`, ...series.articles.map((article) => `/insights/${article.id}/`)]) {
      await page.goto(`${site().origin}${path}`);
      expect(await page.locator(`main a[href="${bookPath}"]`).count(), path).toBe(1);
    }
  });
});
