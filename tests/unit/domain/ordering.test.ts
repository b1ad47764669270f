import { describe, expect, it } from 'vitest';
import { allNeighbours } from '../../../src/domain/navigation.ts';
import { inReadingOrder, isVisible, newestFirst, type OrderedArticle } from '../../../src/domain/ordering.ts';

const article = (id: string, position: number, published: string, draft = false): OrderedArticle => ({
  id,
  data: { title: id.toUpperCase(), position, published: new Date(published), draft },
});

const a = article('a', 2, '2026-10-06');
const b = article('b', 1, '2026-09-29');
const c = article('c', 3, '2026-10-13');

describe('reading order', () => {
  it('sorts by series position, not by file or date order', () => {
    expect(inReadingOrder([c, a, b]).map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });
  it('breaks position ties by title so the order never depends on input order', () => {
    const x = article('x', 5, '2026-01-01');
    const y = article('y', 5, '2026-01-01');
    expect(inReadingOrder([y, x]).map((z) => z.id)).toEqual(['x', 'y']);
  });
  it('does not mutate its input', () => {
    const input = [c, a, b];
    inReadingOrder(input);
    expect(input.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('newest first', () => {
  it('lists the most recently published article first', () => {
    expect(newestFirst([b, c, a]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('drafts', () => {
  it('hides drafts unless the build includes them (dev)', () => {
    const draft = article('d', 4, '2026-11-01', true);
    const now = new Date('2026-11-23T12:00:00Z');
    expect(isVisible(draft, { includeDrafts: false, now })).toBe(false);
    expect(isVisible(draft, { includeDrafts: true, now })).toBe(true);
    expect(isVisible(a, { includeDrafts: false, now })).toBe(true);
  });
  it('hides future-dated articles until the build runs on or after their date, except in dev', () => {
    const future = article('f', 5, '2026-12-01');
    expect(isVisible(future, { includeDrafts: false, now: new Date('2026-11-30T23:59:59Z') })).toBe(false);
    expect(isVisible(future, { includeDrafts: false, now: new Date('2026-12-01T00:00:00Z') })).toBe(true);
    expect(isVisible(future, { includeDrafts: true, now: new Date('2026-01-01') })).toBe(true);
  });
});

describe('previous and next', () => {
  it('gives the middle article both neighbours', () => {
    const { previous, next } = allNeighbours([c, a, b], 'site').get('a')!;
    expect(previous?.id).toBe('b');
    expect(next?.id).toBe('c');
  });
  it('gives the first article only a next, and the last only a previous', () => {
    expect(allNeighbours([a, b, c], 'site').get('b')).toEqual({ previous: undefined, next: a });
    expect(allNeighbours([a, b, c], 'site').get('c')).toEqual({ previous: a, next: undefined });
  });
  it('gives a single article no neighbours', () => {
    expect(allNeighbours([a], 'site').get('a')).toEqual({ previous: undefined, next: undefined });
  });
  it('has nothing for an id that is not in the list', () => {
    expect(allNeighbours([a, b], 'site').has('zz')).toBe(false);
  });
});
