import { inReadingOrder, type OrderedArticle } from './ordering.ts';

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/**
 * Previous and next articles in the site-wide reading order. The list should contain only
 * what the build publishes, so a draft never becomes someone's neighbour.
 */
export function neighboursOf<T extends OrderedArticle>(articles: readonly T[], id: string): Neighbours<T> {
  const ordered = inReadingOrder(articles);
  const index = ordered.findIndex((article) => article.id === id);
  if (index === -1) {
    throw new Error(`neighboursOf: no article with id "${id}" among ${ordered.length} articles`);
  }
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
