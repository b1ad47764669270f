/** What ordering and listing need of an article; satisfied by the collection entries. */
export interface OrderedArticle {
  id: string;
  data: { title: string; position: number; published: Date; draft: boolean };
}

/** Site-wide reading order: by series position, then title so ties never depend on file order. */
export function inReadingOrder<T extends OrderedArticle>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => a.data.position - b.data.position || a.data.title.localeCompare(b.data.title),
  );
}

/** The insights index order: newest first, then by reading order for the same day. */
export function newestFirst<T extends OrderedArticle>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) =>
      b.data.published.getTime() - a.data.published.getTime() || a.data.position - b.data.position,
  );
}

/** Drafts are built by `npm run dev` and left out of production builds. */
export function isVisible(article: OrderedArticle, options: { includeDrafts: boolean }): boolean {
  return options.includeDrafts || !article.data.draft;
}
