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

/**
 * Each article's related articles, by id, computed for the whole site at once. The dev server does
 * this on every save, so each article's scores are counted in one array by rank and only the best
 * few are picked out, in place of a map and a sort of every article sharing a tag with it.
 */
export function allRelated<T extends RelatableArticle>(articles: readonly T[], limit = relatedLimit): Map<string, T[]> {
  // Ranked newest first once: at equal scores the lower rank (the newer article) wins.
  const ordered = newestFirst(articles);
  const keysByRank = ordered.map((article) => [
    ...(article.data.series ? [`series:${taxonomySlug(article.data.series)}`] : []),
    ...new Set(article.data.tags.map((tag) => `tag:${taxonomySlug(tag)}`)),
  ]);
  const ranksByKey = new Map<string, number[]>();
  keysByRank.forEach((keys, rank) => {
    for (const key of keys) {
      const sharing = ranksByKey.get(key);
      if (sharing) sharing.push(rank);
      else ranksByKey.set(key, [rank]);
    }
  });

  const scores = new Float64Array(ordered.length);
  const scored: number[] = [];
  const beats = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  const related = new Map<string, T[]>();
  ordered.forEach((article, own) => {
    for (const key of keysByRank[own]!) {
      const weight = key.startsWith('series:') ? seriesWeight : 1;
      for (const other of ranksByKey.get(key)!) {
        if (other === own) continue;
        if (scores[other] === 0) scored.push(other);
        scores[other]! += weight;
      }
    }
    // The best `limit` by score, then rank: kept in order as they are found.
    const best: number[] = [];
    for (const other of scored) {
      if (best.length === limit && !beats(other, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && beats(other, best[at - 1]!)) at--;
      best.splice(at, 0, other);
      if (best.length > limit) best.pop();
    }
    related.set(
      article.id,
      best.map((other) => ordered[other]!),
    );
    for (const other of scored) scores[other] = 0;
    scored.length = 0;
  });
  return related;
}
