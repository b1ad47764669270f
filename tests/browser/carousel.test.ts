import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { carouselSlideSize } from '../../src/domain/carousel.ts';
import { carouselPath } from '../../src/domain/urls.ts';
import { siteConfig } from '../helpers/site-config.ts';
import { openSite, useSite } from '../helpers/browser.ts';
import { loadContent } from '../helpers/content.ts';
import { contentWith, seedFile } from '../helpers/fixture-content.ts';
import { axeViolations } from '../helpers/gates.ts';
import { pdfPageTexts, squash } from '../helpers/pdf.ts';
import { siteRoot } from '../helpers/paths.ts';
import { runSetlist } from '../helpers/run.ts';

const seed = loadContent().articles.find((article) => article.slug === 'jazz-and-reliable-systems')!;
const site = useSite();

/**
 * Prints a carousel as `npm run carousel` does and checks the PDF: every page one slide of
 * 1080×1350 px, as many pages as slides, every operator check's text on a page, and no slide's
 * content running into its footer or off its page.
 */
async function checkCarousel(page: Page, origin: string, steps: readonly { title: string; operatorChecks: string[] }[]) {
  await page.goto(`${origin}${carouselPath(siteConfig, seed.slug)}`);
  const slideCount = await page.locator('.slide').count();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const document = await PDFDocument.load(pdf);
  expect(document.getPageCount()).toBe(slideCount);
  for (const pdfPage of document.getPages()) {
    const { width, height } = pdfPage.getSize();
    // A CSS px is 0.75 pt (1080×1350 px is 810×1012.5 pt); Chromium rounds a page's height to a hundredth of an inch.
    expect(width).toBeCloseTo(carouselSlideSize.width * 0.75, 1);
    expect(Math.abs(height - carouselSlideSize.height * 0.75)).toBeLessThan(1);
  }
  const text = squash((await pdfPageTexts(pdf)).join(' '));
  for (const step of steps) for (const line of [step.title, ...step.operatorChecks]) expect(text).toContain(squash(line));

  await page.emulateMedia({ media: 'print' });
  const overruns = await page.locator('.slide').evaluateAll(
    (slides, size) =>
      slides.flatMap((slide, index) => {
        const footer = slide.querySelector('.slide-footer')!.getBoundingClientRect();
        const box = slide.getBoundingClientRect();
        const bottom = Math.max(
          ...[...slide.children].filter((child) => child !== slide.querySelector('.slide-footer')).map((child) => child.getBoundingClientRect().bottom),
        );
        return bottom > footer.top || box.height !== size.height || box.width !== size.width
          ? [`slide ${index + 1}: content to ${Math.round(bottom - box.top)} px, footer at ${Math.round(footer.top - box.top)} px`]
          : [];
      }),
    carouselSlideSize,
  );
  expect(overruns).toEqual([]);
}

describe('carousel in Chromium', () => {
  it("prints the seed article's carousel one 1080×1350 slide a page, every step's checks on it, nothing off its page", async () => {
    const { page } = await site().newPage();
    await checkCarousel(page, site().origin, seed.data.framework.steps);
  });

  it('has no WCAG 2.2 AA violations in light and dark, and is the same document in both', async () => {
    const backgrounds: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site().newPage({ colorScheme });
      await page.goto(`${site().origin}${carouselPath(siteConfig, seed.slug)}`);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      backgrounds.push(await page.locator('.slide-tldr').evaluate((slide) => getComputedStyle(slide).backgroundColor));
    }
    expect(backgrounds[0]).toBe(backgrounds[1]);
  });
});

describe('a seven-step article with long operator checks', () => {
  const long = (index: number) =>
    `Operator check ${index} written long on purpose, so that the owner reviews the signal every week, records the decision and its reason in the shared log, and escalates within one working day whenever the threshold agreed at the last quarterly review is crossed.`;
  const extraSteps = ['extra-step-one', 'extra-step-two'].map((id, step) => ({
    id,
    title: `Extra Step ${step + 1}`,
    summary: 'An added step whose checks are longer than any slide can hold at a readable size.',
    operatorChecks: [1, 2, 3, 4, 5].map(long),
  }));
  const stepsYaml = extraSteps
    .map((step) =>
      [
        `    - id: ${step.id}`,
        `      title: ${step.title}`,
        `      summary: ${step.summary}`,
        '      operatorChecks:',
        ...step.operatorChecks.map((check) => `        - ${check}`),
      ].join('\n'),
    )
    .join('\n');
  const areasYaml = extraSteps
    .map((step) =>
      [
        `  - id: ${step.id}`,
        `    title: ${step.title}`,
        `    evidencePrompt: Evidence for ${step.title}`,
        `    nextMovePrompt: Next move for ${step.title}`,
      ].join('\n'),
    )
    .join('\n');
  const template = 'scorecards/ensemble-reliability.yaml';
  const fixture = contentWith([
    { file: seedFile, replace: [/\nscorecard:\n/, `\n${stepsYaml}\nscorecard:\n`] },
    { file: template, text: `${readFileSync(join(siteRoot, 'content', template), 'utf8').trimEnd()}\n${areasYaml}\n` },
  ]);
  afterAll(() => fixture.cleanup());

  it('continues a step over several slides and still keeps every slide on its page', async () => {
    const outDir = join(fixture.dir, 'dist');
    const result = runSetlist(['build', '--outDir', outDir], { SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') });
    expect(result.status, result.output).toBe(0);
    const longSite = await openSite(outDir);
    try {
      const { page } = await longSite.newPage();
      await checkCarousel(page, longSite.origin, [...seed.data.framework.steps, ...extraSteps]);
      expect(await page.locator('.slide-heading', { hasText: 'Step 7: Extra Step 2 (continued)' }).count()).toBeGreaterThan(0);
    } finally {
      await longSite.close();
    }
  });
});
