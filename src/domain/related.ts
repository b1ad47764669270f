/**
 * "Related playbooks" under an article: the others that share its series or its tags, the most
 * related first. A shared series counts for more than any one tag, as its parts are written to be
 * read together; ties go to the newer article, then the reading order, so the choice never
 * depends on file order. Articles that share nothing are not related: an article may list fewer,
 * or none.
 */
import { newestFirst, type OrderedArticle } from './ordering.ts';
import { taxonomySlug } from './taxonomy.ts';

export interface RelatableArticle extends OrderedArticle {
  data: OrderedArticle['data'] & { tags: readonly string[]; series?: string | undefined };
}

/** How many an article lists at most. */
export const relatedLimit = 3;

/** A shared series outweighs this many shared tags. */
const seriesWeight = 3;

/** Each article's related articles, by id, computed for the whole site at once. */
export function allRelated<T extends RelatableArticle>(articles: readonly T[], limit = relatedLimit): Map<string, T[]> {
  // Newest first once, so a stable sort by score alone keeps the tie order.
  const ordered = newestFirst(articles);
  const rank = new Map(ordered.map((article, index) => [article.id, index]));
  const byKey = new Map<string, T[]>();
  const keysOf = (article: T) => [
    ...(article.data.series ? [`series:${taxonomySlug(article.data.series)}`] : []),
    ...new Set(article.data.tags.map((tag) => `tag:${taxonomySlug(tag)}`)),
  ];
  for (const article of ordered) {
    for (const key of keysOf(article)) {
      const sharing = byKey.get(key);
      if (sharing) sharing.push(article);
      else byKey.set(key, [article]);
    }
  }

  const related = new Map<string, T[]>();
  for (const article of articles) {
    const scores = new Map<T, number>();
    for (const key of keysOf(article)) {
      const weight = key.startsWith('series:') ? seriesWeight : 1;
      for (const other of byKey.get(key) ?? []) if (other.id !== article.id) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
    const chosen = [...scores].sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || rank.get(a.id)! - rank.get(b.id)!).slice(0, limit);
    related.set(
      article.id,
      chosen.map(([other]) => other),
    );
  }
  return related;
}
