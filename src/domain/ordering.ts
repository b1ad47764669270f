import { isoDate } from './calendar-date.ts';

/** What ordering and listing need of an article; satisfied by the collection entries. */
export interface OrderedArticle {
  id: string;
  data: { title: string; position: number; published: Date; draft: boolean };
}

/** Site-wide reading order: by series position, then title so ties never depend on file order. */
export function inReadingOrder<T extends OrderedArticle>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => a.data.position - b.data.position || a.data.title.localeCompare(b.data.title));
}

/** The insights index order: newest first, then by reading order for the same day. */
export function newestFirst<T extends OrderedArticle>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.position - b.data.position);
}

/**
 * What a build publishes: `npm run dev` shows everything; production leaves out drafts and
 * articles dated after the build (they appear in the first build on or after their date).
 */
export function isVisible(article: OrderedArticle, options: { includeDrafts: boolean; now: Date }): boolean {
  return unpublishedReason(article, options) === undefined;
}

/** Why a build leaves an article out, in words for its log ("a draft"), or undefined when it publishes it. */
export function unpublishedReason(article: OrderedArticle, options: { includeDrafts: boolean; now: Date }): string | undefined {
  if (options.includeDrafts) return undefined;
  if (article.data.draft) return 'a draft (draft: true)';
  if (article.data.published.getTime() > options.now.getTime())
    return `dated ${isoDate(article.data.published)}, after this build (${isoDate(options.now)}); the first build on or after that day publishes it`;
  return undefined;
}
