import { inReadingOrder } from './ordering.ts';
import { allSeries, type SeriesArticle } from './series.ts';

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/**
 * Previous and next for every article at once (one sort, one pass), keyed by article id: the
 * site-wide reading order, or, when `follow` is "series", the order within an article's series
 * for articles that have one. The list should hold only what the build publishes, so a draft
 * never becomes someone's neighbour.
 */
export function allNeighbours<T extends SeriesArticle>(articles: readonly T[], follow: 'site' | 'series'): Map<string, Neighbours<T>> {
  const neighbours = new Map<string, Neighbours<T>>();
  const link = (ordered: readonly T[]) =>
    ordered.forEach((article, index) => neighbours.set(article.id, { previous: ordered[index - 1], next: ordered[index + 1] }));
  link(inReadingOrder(articles));
  if (follow === 'series') for (const series of allSeries(articles)) link(series.articles);
  return neighbours;
}
