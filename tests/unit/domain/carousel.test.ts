import { describe, expect, it } from 'vitest';
import { carouselSlides } from '../../../src/domain/carousel.ts';
import { uiText } from '../../../src/domain/ui-text/index.ts';
import { loadContent } from '../../helpers/content.ts';

const content = loadContent();
const seed = content.articles.find((article) => article.slug === 'jazz-and-reliable-systems')!;
const template = content.scorecards.find((scorecard) => scorecard.id === seed.data.scorecard.template)!.data;
const slidesOf = (data: typeof seed.data) =>
  carouselSlides({
    data,
    template,
    author: { name: 'A. Author' },
    brandName: 'Brand',
    shortUrl: 'example.com/insights/x/',
    lastReviewed: { day: '12 October 2026', reviewed: true },
    text: uiText('en'),
  });

describe('carousel slides', () => {
  it('open with the cover and close with the call to action and the short URL', () => {
    const slides = slidesOf(seed.data);
    expect(slides[0]).toMatchObject({ kind: 'cover', heading: seed.data.title, text: `${seed.data.framework.name}, by A. Author` });
    expect(slides.at(-1)).toMatchObject({
      kind: 'closing',
      items: [seed.data.cta, 'The full playbook, its scorecard and checklist: example.com/insights/x/', 'Last reviewed 12 October 2026'],
    });
  });

  it('say on the last slide when the playbook was last reviewed, or that it never was', () => {
    const never = carouselSlides({
      data: seed.data,
      template,
      author: { name: 'A. Author' },
      brandName: 'Brand',
      shortUrl: 'example.com/insights/x/',
      lastReviewed: { day: '29 September 2026', reviewed: false },
      text: uiText('en'),
    });
    expect(never.at(-1)?.items.at(-1)).toBe('Published 29 September 2026, not reviewed since');
  });

  it('continue a long list over slides, evenly, never leaving one item alone when two fit', () => {
    const checks = Array.from({ length: 9 }, (_, index) =>
      `Check ${index + 1}: ${'a long operator check with many words in it '.repeat(3)}`.replace(': ', ' '),
    );
    const data = { ...seed.data, framework: { ...seed.data.framework, steps: [{ ...seed.data.framework.steps[0]!, operatorChecks: checks }] } };
    const steps = slidesOf(data).filter((slide) => slide.kind === 'step');
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.slice(1).every((slide) => slide.continued && slide.heading.endsWith('(continued)'))).toBe(true);
    expect(steps.flatMap((slide) => slide.items)).toEqual(checks);
    const counts = steps.map((slide) => slide.items.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  });

  it('cut an item longer than a slide between words, never mid-word', () => {
    const huge = Array.from({ length: 400 }, (_, index) => `word${index}`).join(' ');
    const data = { ...seed.data, takeaways: [huge] };
    const pieces = slidesOf(data)
      .filter((slide) => slide.kind === 'takeaways')
      .flatMap((slide) => slide.items);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join(' ').replace(/ …( …)?/g, '')).toBe(huge);
  });
});
