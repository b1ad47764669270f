/**
 * An article as a LinkedIn document post ("carousel"): slides of 1080×1350 CSS px (4:5, what
 * phones show best), made from the article's typed parts. A list too long for one slide goes on
 * over the next ones rather than shrinking below a size a phone can read. The fit is estimated
 * from the slide's type sizes (src/styles/carousel.css, keep the two in step); the browser
 * tests print the real PDF and check nothing leaves a page.
 */
import type { Insight } from '../schemas/insight.ts';
import type { ScorecardTemplate } from '../schemas/scorecard.ts';
import type { UiText } from './ui-text/index.ts';

type SlideText = UiText['site']['carousel']['slides'];

export const carouselSlideSize = { width: 1080, height: 1350 } as const;

/** Heights in CSS px at full size (1080 wide), from src/styles/carousel.css. */
const layout = {
  /** Between the eyebrow and the footer: 1350 less the padding, the eyebrow and the footer's band. */
  contentPx: 1110,
  /** 64 px headings, 1.15 line height, about 26 characters a line; then a 32 px margin. */
  headingLinePx: 74,
  headingCharsPerLine: 26,
  blockMarginPx: 32,
  /** 40 px body text, 1.35 line height; Inter averages about half an em a character, so 41 a line errs long (wrapping wastes the rest). */
  bodyLinePx: 54,
  charsPerLine: 41,
  itemGapPx: 14,
} as const;

type SlideKind = 'cover' | 'tldr' | 'step' | 'scorecard' | 'takeaways' | 'closing';

export interface Slide {
  kind: SlideKind;
  /** The small line above the heading. */
  eyebrow: string;
  heading: string;
  /** A paragraph under the heading. */
  text?: string;
  items: string[];
  /** True on the second and later slides of one list. */
  continued: boolean;
}

const lines = (text: string, perLine: number = layout.charsPerLine): number => Math.max(1, Math.ceil(text.length / perLine));
const itemPx = (item: string): number => lines(item) * layout.bodyLinePx + layout.itemGapPx;
/** What a heading, and a paragraph under it, take of a slide. */
const headPx = (heading: string, text?: string): number =>
  lines(heading, layout.headingCharsPerLine) * layout.headingLinePx +
  layout.blockMarginPx +
  (text ? lines(text) * layout.bodyLinePx + layout.blockMarginPx : 0);

/** An item longer than a whole slide, in pieces that each fit, cut between words. */
function piecesOf(item: string): string[] {
  // Room for a two-line "(continued)" heading above each piece.
  const limit = Math.floor((layout.contentPx - 2 * layout.headingLinePx - layout.blockMarginPx) / layout.bodyLinePx) * layout.charsPerLine * 0.9;
  if (item.length <= limit) return [item];
  const pieces: string[] = [];
  let piece = '';
  for (const word of item.split(/\s+/)) {
    if (piece && piece.length + word.length + 1 > limit) {
      pieces.push(`${piece} …`);
      piece = `… ${word}`;
    } else piece = piece ? `${piece} ${word}` : word;
  }
  return [...pieces, piece];
}

/** Items in runs that each fit on a slide under its head (`firstHeadPx` on the first, `laterHeadPx` after). */
function fitItems(items: readonly string[], firstHeadPx: number, laterHeadPx: number): string[][] {
  const runs: string[][] = [[]];
  let used = firstHeadPx;
  for (const item of items.flatMap(piecesOf)) {
    const needed = itemPx(item);
    const run = runs.at(-1)!;
    if (run.length > 0 && used + needed > layout.contentPx) {
      runs.push([item]);
      used = laterHeadPx + needed;
    } else {
      run.push(item);
      used += needed;
    }
  }
  return balanced(runs, firstHeadPx, laterHeadPx);
}

/**
 * The same runs with items moved forward from a fuller slide to the next while both still fit,
 * so a continued list does not end on a slide holding one lonely item.
 */
function balanced(runs: string[][], firstHeadPx: number, laterHeadPx: number): string[][] {
  const fits = (run: readonly string[], index: number) =>
    (index === 0 ? firstHeadPx : laterHeadPx) + run.reduce((sum, item) => sum + itemPx(item), 0) <= layout.contentPx;
  for (let index = runs.length - 1; index > 0; index--) {
    const previous = runs[index - 1]!;
    const current = runs[index]!;
    while (previous.length > current.length + 1 && fits([previous.at(-1)!, ...current], index)) current.unshift(previous.pop()!);
  }
  return runs;
}

/** One list as one slide or several, the later ones marked as continued. */
function listSlides(base: Omit<Slide, 'items' | 'continued'>, items: readonly string[], slideText: SlideText): Slide[] {
  const continuedHeading = slideText.continued(base.heading);
  return fitItems(items, headPx(base.heading, base.text), headPx(continuedHeading)).map((run, index) => ({
    ...base,
    ...(index > 0 ? { text: undefined, heading: continuedHeading } : {}),
    items: run,
    continued: index > 0,
  }));
}

export interface CarouselInput {
  data: Insight;
  template: Pick<ScorecardTemplate, 'title' | 'areas'>;
  author: { name: string; role?: string };
  brandName: string;
  /** The article's address as a reader types it, e.g. `example.com/insights/x/`. */
  shortUrl: string;
  /** The day of its last review as readers read it ("12 October 2026"), or of its publication when it was never reviewed. */
  lastReviewed: { day: string; reviewed: boolean };
  /** The site language's words: the slides' own, and the article's names for its parts and steps. */
  text: { site: { carousel: { slides: SlideText } }; article: Pick<UiText['article'], 'parts' | 'framework'> };
}

/** Every slide of an article's carousel, in order. */
export function carouselSlides({ data, template, author, brandName, shortUrl, lastReviewed, text }: CarouselInput): Slide[] {
  const steps = data.framework.steps;
  const slideText = text.site.carousel.slides;
  return [
    {
      kind: 'cover',
      eyebrow: brandName,
      heading: data.title,
      text: slideText.byline(data.framework.name, [author.name, author.role].filter(Boolean).join(', ')),
      items: [],
      continued: false,
    },
    ...listSlides({ kind: 'tldr', eyebrow: data.title, heading: text.article.parts.tldr }, data.tldr, slideText),
    ...steps.flatMap((step, index) =>
      listSlides(
        {
          kind: 'step',
          eyebrow: slideText.stepOf(data.framework.name, index + 1, steps.length),
          heading: text.article.framework.step(index + 1, step.title),
          text: step.summary,
        },
        step.operatorChecks,
        slideText,
      ),
    ),
    ...listSlides(
      { kind: 'scorecard', eyebrow: slideText.scoreYourself, heading: template.title },
      template.areas.map((area, index) => `${index + 1}. ${area.title}`),
      slideText,
    ),
    ...listSlides({ kind: 'takeaways', eyebrow: data.title, heading: slideText.takeaways }, data.takeaways, slideText),
    ...listSlides(
      { kind: 'closing', eyebrow: brandName, heading: slideText.closing },
      [
        data.cta,
        slideText.fullPlaybook(shortUrl),
        lastReviewed.reviewed ? slideText.lastReviewed(lastReviewed.day) : slideText.neverReviewed(lastReviewed.day),
      ],
      slideText,
    ),
  ];
}
