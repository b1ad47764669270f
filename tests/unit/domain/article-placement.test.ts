import { describe, expect, it } from 'vitest';
import { inSeriesBook, onArticlePage, placedHeadingLevel } from '../../../src/domain/article-placement.ts';
import { siteConfig } from '../../helpers/site-config.ts';

const book = inSeriesBook(siteConfig, { slug: 'five-failure-modes', title: 'Five Failure Modes' }, ['five-failure-modes', 'jazz-and-reliable-systems']);

describe('an article on its own page', () => {
  it('keeps its ids, headings and links as written', () => {
    expect(onArticlePage.id('framework')).toBe('framework');
    expect(onArticlePage.href('#step-silent-drift')).toBe('#step-silent-drift');
    expect(placedHeadingLevel(2, onArticlePage)).toBe(2);
    expect(onArticlePage.regionLabel('tldr')).toBe('tldr');
    expect(onArticlePage.regionName('Operating cadence')).toBe('Operating cadence');
  });
});

describe('an article in the series book', () => {
  it('spells its own ids behind its start, and puts its sections one level below its title', () => {
    expect(book.id('framework')).toBe('part-five-failure-modes--framework');
    expect(placedHeadingLevel(2, book)).toBe(3);
    expect(placedHeadingLevel(3, book)).toBe(4);
    expect(placedHeadingLevel(6, book)).toBe(6);
  });

  it('names its regions after their headings and its title, since every part of a series has a "TL;DR"', () => {
    expect(book.regionLabel('part-five-failure-modes--tldr')).toBe('part-five-failure-modes--tldr part-five-failure-modes');
    expect(book.regionName('Operating cadence')).toBe('Operating cadence: Five Failure Modes');
  });

  it('sends a link to itself or to another part of the book to that place in the book', () => {
    expect(book.href('#step-silent-drift')).toBe('#part-five-failure-modes--step-silent-drift');
    expect(book.href('/insights/jazz-and-reliable-systems/#step-contextual-handoff')).toBe('#part-jazz-and-reliable-systems--step-contextual-handoff');
    expect(book.href('../jazz-and-reliable-systems/')).toBe('#part-jazz-and-reliable-systems');
    expect(book.href('https://playbooks.example.org/insights/jazz-and-reliable-systems/#framework')).toBe('#part-jazz-and-reliable-systems--framework');
    // The article page's main landmark is the article: in the book, its start.
    expect(book.href('/insights/jazz-and-reliable-systems/#main')).toBe('#part-jazz-and-reliable-systems');
    expect(book.href('#caf%C3%A9')).toBe('#part-five-failure-modes--café');
  });

  it('writes a relative link to any other page from the site root, and leaves other links alone', () => {
    expect(book.href('../policy-gated-ai/checklist/?print=1#items')).toBe('/insights/policy-gated-ai/checklist/?print=1#items');
    expect(book.href('scorecard/')).toBe('/insights/five-failure-modes/scorecard/');
    expect(book.href('/insights/tags/reliability/')).toBe('/insights/tags/reliability/');
    expect(book.href('https://playbooks.example.org/insights/policy-gated-ai/')).toBe('https://playbooks.example.org/insights/policy-gated-ai/');
    expect(book.href('https://www.nist.gov/itl/ai-risk-management-framework')).toBe('https://www.nist.gov/itl/ai-risk-management-framework');
    expect(book.href('mailto:ops@example.com')).toBe('mailto:ops@example.com');
  });
});
