import { inReadingOrder, type OrderedArticle } from './ordering.ts';
import { allSeries, seriesPlace, type SeriesArticle } from './series.ts';

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

/**
 * Previous and next as the site config asks: the site-wide order, or, for an article in a
 * series when `follow` is "series", the order within its series.
 */
export function neighboursFollowing<T extends SeriesArticle>(articles: readonly T[], id: string, follow: 'site' | 'series'): Neighbours<T> {
  const place = follow === 'series' ? seriesPlace(articles, id) : undefined;
  return neighboursOf(place ? place.series.articles : articles, id);
}

/**
 * Previous / Next for every article at once (one sort, one pass), for pages built in bulk;
 * asking `neighboursFollowing` per article would sort the whole list once per article.
 */
export function allNeighbours<T extends SeriesArticle>(articles: readonly T[], follow: 'site' | 'series'): Map<string, Neighbours<T>> {
  const neighbours = new Map<string, Neighbours<T>>();
  const link = (ordered: readonly T[]) =>
    ordered.forEach((article, index) => neighbours.set(article.id, { previous: ordered[index - 1], next: ordered[index + 1] }));
  link(inReadingOrder(articles));
  if (follow === 'series') for (const series of allSeries(articles)) link(series.articles);
  return neighbours;
}
