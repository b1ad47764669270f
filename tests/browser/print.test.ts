import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSite, useSite } from '../helpers/browser.ts';
import { loadContent } from '../helpers/content.ts';
import { contentWith, seedFile } from '../helpers/fixture-content.ts';
import { runSetlist } from '../helpers/run.ts';
import { pdfPageTexts, squash } from '../helpers/pdf.ts';

const articles = loadContent().articles;
const seed = articles.find((article) => article.slug === 'jazz-and-reliable-systems')!;
const site = useSite();

/** The page number (0-based) whose text contains `needle`, from the first page on. */
const pageOf = (pages: string[], needle: string) => pages.findIndex((text) => squash(text).includes(squash(needle)));

describe('printing an article', () => {
  it('hides navigation, search, share and print controls, and shows the canonical URL and date', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/insights/jazz-and-reliable-systems/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header nav', 'nav.toc', 'nav.article-nav', '.article-actions', '.share-actions', 'button']) {
      const visible = await page.locator(selector).evaluateAll((elements) => elements.some((element) => (element as HTMLElement).offsetParent !== null));
      expect(visible, selector).toBe(false);
    }
    expect(await page.locator('.print-source').textContent()).toBe('playbooks.example.org/insights/jazz-and-reliable-systems/ · Published 6 October 2026');
    expect(await page.locator('.print-source').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it('never splits a framework step or an objection across pages (A4 PDF, read back with PDF.js)', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/insights/jazz-and-reliable-systems/`);
    const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
    expect(pages.length).toBeGreaterThan(2);
    seed.data.framework.steps.forEach((step, index) => {
      const start = pageOf(pages, `Step ${index + 1}: ${step.title}`);
      const end = pageOf(pages, step.operatorChecks.at(-1)!);
      expect(start, step.title).toBeGreaterThanOrEqual(0);
      expect(end, `${step.title} ends on the page it starts`).toBe(start);
    });
    for (const objection of seed.data.objections) {
      expect(pageOf(pages, objection.rebuttal)).toBe(pageOf(pages, objection.objection));
    }
    expect(pages.join(' ')).not.toContain('Copy teaser');
  });

  it('follows external links with their URL on paper', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/insights/policy-gated-ai/`);
    const text = (await pdfPageTexts(await page.pdf({ format: 'A4' }))).join(' ');
    expect(squash(text)).toContain('NISTAIRiskManagementFramework(https://www.nist.gov/itl/ai-risk-management-framework)');
  });

  it('keeps the review notice of a playbook past its review date, on its first page, and the owner line without the edit link', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/insights/policy-gated-ai/`);
    const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
    expect(pageOf(pages, 'This playbook is past its review date.')).toBe(0);
    expect(squash(pages[0]!)).toContain(squash('Owned by Platform security team · Reviewed 13 October 2026 · Review was due by 12 November 2026'));
    expect(pages.join(' ')).not.toContain('Edit this playbook');
  });
});

describe.each(articles.map((article) => [article.slug, article] as const))('printable checklist of %s', (slug, article) => {
  it.each(['A4', 'Letter'] as const)('fits exactly one %s page and holds every checklist item and operator check', async (format) => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}/insights/${slug}/checklist/`);
    const pages = await pdfPageTexts(await page.pdf({ format }));
    expect(pages).toHaveLength(1);
    const text = squash(pages[0]!);
    for (const line of [
      article.data.title,
      'playbooks.example.org/insights/' + slug + '/',
      ...article.data.checklist,
      ...article.data.framework.steps.flatMap((step) => step.operatorChecks),
    ]) {
      expect(text).toContain(squash(line));
    }
    expect(text).toContain('Owner');
    expect(text).toContain('Notes');
    // Who keeps it true, or, once past its review date, the notice in that line's place.
    expect(text).toContain(squash(article.slug === 'policy-gated-ai' ? 'Past its review date: due by 12 November 2026.' : 'Next review by'));
  });
});

describe('a checklist too long for one page', () => {
  const longChecks = Array.from(
    { length: 4 },
    (_, index) =>
      `  - Extra operator check number ${index + 1}, written long on purpose so that the printed checklist cannot fit on a single sheet of paper any more.`,
  ).join('\n');
  const fixture = contentWith([{ file: seedFile, replace: [/( {6}operatorChecks:\n)/g, `$1${longChecks.replace(/^ {2}/gm, '        ')}\n`] }]);
  afterAll(() => fixture.cleanup());

  it('is named in a build warning, and prints cleanly on two pages', async () => {
    const outDir = join(fixture.dir, 'dist');
    const result = runSetlist(['build', '--outDir', outDir], { SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(
      /insights\/jazz-and-reliable-systems\.mdx {2}warning: checklist: the printable checklist \(11 items and 40 operator checks\) needs about \d+ mm, more than one A4 or Letter page/,
    );
    const longSite = await openSite(outDir);
    try {
      const { page } = await longSite.newPage();
      await page.goto(`${longSite.origin}/insights/jazz-and-reliable-systems/checklist/`);
      const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
      expect(pages.length).toBe(2);
      for (const item of seed.data.checklist) expect(pages.filter((text) => squash(text).includes(squash(item)))).toHaveLength(1);
    } finally {
      await longSite.close();
    }
  }, 180_000);
});
