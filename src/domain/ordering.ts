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
  if (options.includeDrafts) return true;
  return !article.data.draft && article.data.published.getTime() <= options.now.getTime();
}
