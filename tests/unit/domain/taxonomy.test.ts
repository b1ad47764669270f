import { describe, expect, it } from 'vitest';
import { allNeighbours } from '../../../src/domain/navigation.ts';
import { allSeries, allSeriesPlaces, type SeriesArticle } from '../../../src/domain/series.ts';
import { displayName, groupByTag, taxonomySlug } from '../../../src/domain/taxonomy.ts';

describe('tag normalisation', () => {
  it.each([
    ['Incident Response', 'incident-response'],
    ['  incident   response ', 'incident-response'],
    ['AI Governance', 'ai-governance'],
    ['Café Ops & Risk', 'cafe-ops-risk'],
    ['SRE/DevOps', 'sre-devops'],
  ])('%j → %s', (tag, slug) => {
    expect(taxonomySlug(tag)).toBe(slug);
  });
  it('shows names trimmed and single-spaced', () => {
    expect(displayName('  Reliable   Operations ')).toBe('Reliable Operations');
  });
  it('groups tags that differ only in case and spacing, by count then name', () => {
    const items = [
      { id: 'a', tags: ['Reliability', 'Risk'] },
      { id: 'b', tags: ['reliability ', 'incident  response'] },
      { id: 'c', tags: ['Incident Response', 'RELIABILITY', 'reliability'] },
    ];
    const groups = groupByTag(items, (item) => item.tags);
    expect(groups.map((group) => [group.slug, group.name, group.items.map((item) => item.id)])).toEqual([
      ['reliability', 'reliability', ['a', 'b', 'c']],
      ['incident-response', 'incident response', ['b', 'c']],
      ['risk', 'risk', ['a']],
    ]);
  });
});

const article = (id: string, position: number, series?: string): SeriesArticle => ({
  id,
  data: { title: id, position, published: new Date('2026-10-01'), draft: false, ...(series ? { series } : {}) },
});
const articles = [article('a', 1), article('b', 2, 'Ops Basics'), article('c', 3), article('d', 4, 'ops  basics'), article('e', 5, 'Other')];

describe('series', () => {
  it('collects each series in reading order, whatever the spelling of its name', () => {
    expect(allSeries([...articles].reverse()).map((series) => [series.slug, series.articles.map((item) => item.id)])).toEqual([
      ['ops-basics', ['b', 'd']],
      ['other', ['e']],
    ]);
  });
  it('places an article as Part N of M', () => {
    expect(allSeriesPlaces(articles).get('d')).toMatchObject({ part: 2, of: 2, series: { name: 'Ops Basics' } });
    expect(allSeriesPlaces(articles).get('a')).toBeUndefined();
  });
  it('keeps Previous/Next site-wide unless the config says to follow series', () => {
    expect(allNeighbours(articles, 'site').get('d')).toMatchObject({ previous: { id: 'c' }, next: { id: 'e' } });
    expect(allNeighbours(articles, 'series').get('d')).toEqual({ previous: articles[1], next: undefined });
    expect(allNeighbours(articles, 'series').get('c')).toMatchObject({ previous: { id: 'b' }, next: { id: 'd' } });
  });
});
