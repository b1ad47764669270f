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
});
