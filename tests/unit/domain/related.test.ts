import { describe, expect, it } from 'vitest';
import { allRelated, type RelatableArticle } from '../../../src/domain/related.ts';

const article = (id: string, published: string, tags: string[], series?: string, position = 0): RelatableArticle => ({
  id,
  data: { title: id, position, published: new Date(published), draft: false, tags, series },
});

describe('related playbooks', () => {
  const site = [
    article('a', '2026-01-01', ['reliability', 'leadership'], 'Ops'),
    article('b', '2026-02-01', ['reliability'], 'Ops'),
    article('c', '2026-03-01', ['reliability', 'leadership']),
    article('d', '2026-04-01', ['reliability']),
    article('e', '2026-05-01', ['cooking']),
    article('f', '2026-06-01', ['Leadership']),
  ];
  const related = allRelated(site);
  const ids = (id: string) => related.get(id)!.map((other) => other.id);

  it('puts the same series first, then the most shared tags, then the newest', () => {
    // b: series + reliability = 4; c: two tags = 2; f and d: one tag each, f newer.
    expect(ids('a')).toEqual(['b', 'c', 'f']);
  });

  it('matches tags as the tag pages do (by slug), never lists the article itself, and lists nothing unrelated', () => {
    expect(ids('f')).toEqual(['c', 'a']);
    expect(ids('e')).toEqual([]);
    for (const [id, others] of related) expect(others.map((other) => other.id)).not.toContain(id);
  });

  it('lists at most the limit', () => {
    expect(allRelated(site, 2).get('a')).toHaveLength(2);
    expect(ids('d')).toHaveLength(3);
  });

  it('picks, on a large site full of ties, the articles a full sort by score, date and reading order would', () => {
    // A fixed pseudo-random site: 300 articles, 8 tags, 5 series, many on the same day.
    let seed = 7;
    const next = (below: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % below;
    const large = Array.from({ length: 300 }, (_, index) =>
      article(
        `p${index}`,
        `2026-0${1 + next(9)}-1${next(10)}`,
        Array.from({ length: 1 + next(3) }, () => `tag ${next(8)}`),
        next(3) === 0 ? `Series ${next(5)}` : undefined,
        next(4),
      ),
    );
    const byDate = [...large].sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.position - b.data.position);
    const keys = (entry: RelatableArticle) => [...(entry.data.series ? [`s:${entry.data.series}`] : []), ...new Set(entry.data.tags.map((tag) => `t:${tag}`))];
    const score = (a: RelatableArticle, b: RelatableArticle) =>
      keys(a)
        .filter((key) => keys(b).includes(key))
        .reduce((sum, key) => sum + (key.startsWith('s:') ? 3 : 1), 0);
    const picked = allRelated(large, 5);
    for (const entry of large) {
      const expected = byDate
        .filter((other) => other.id !== entry.id && score(entry, other) > 0)
        .sort((a, b) => score(entry, b) - score(entry, a) || byDate.indexOf(a) - byDate.indexOf(b))
        .slice(0, 5)
        .map((other) => other.id);
      expect(picked.get(entry.id)!.map((other) => other.id)).toEqual(expected);
    }
  });
});
