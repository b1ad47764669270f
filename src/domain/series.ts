import { inReadingOrder, type OrderedArticle } from './ordering.ts';
import { displayName, taxonomySlug } from './taxonomy.ts';

export interface SeriesArticle extends OrderedArticle {
  data: OrderedArticle['data'] & { series?: string | undefined };
}

export interface Series<T> {
  slug: string;
  name: string;
  /** In reading order (series position first, as everywhere). */
  articles: T[];
}

/** Every named series with its articles in order. */
export function allSeries<T extends SeriesArticle>(articles: readonly T[]): Series<T>[] {
  const bySlug = new Map<string, Series<T>>();
  for (const article of inReadingOrder(articles)) {
    if (!article.data.series) continue;
    const slug = taxonomySlug(article.data.series);
    const series = bySlug.get(slug) ?? { slug, name: displayName(article.data.series), articles: [] };
    series.articles.push(article);
    bySlug.set(slug, series);
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export interface SeriesPlace<T> {
  series: Series<T>;
  /** 1-based. */
  part: number;
  of: number;
}

/** "Part N of M" for every article in a series at once, keyed by article id. */
export function allSeriesPlaces<T extends SeriesArticle>(articles: readonly T[]): Map<string, SeriesPlace<T>> {
  const places = new Map<string, SeriesPlace<T>>();
  for (const series of allSeries(articles)) {
    series.articles.forEach((article, index) => places.set(article.id, { series, part: index + 1, of: series.articles.length }));
  }
  return places;
}
