import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import contentState from 'virtual:setlist/content-state';
import { assertContentValid } from './content-errors.ts';
import { cacheKeyOf } from './cache-key.ts';
import { isVisible } from '../domain/ordering.ts';

export type InsightEntry = CollectionEntry<'insights'>;
export type ScorecardEntry = CollectionEntry<'scorecards'>;

/** What a page built once per article receives: the article and its scorecard template. */
export interface ArticlePageProps {
  article: InsightEntry;
  template: ScorecardEntry;
}

/** Articles this build publishes: everything in `npm run dev`; no drafts or future dates in production. */
export async function getPublishedInsights(): Promise<InsightEntry[]> {
  assertContentValid();
  const { includeDrafts, now } = contentState().publishing;
  return getCollection('insights', (entry) => isVisible(entry, { includeDrafts, now: new Date(now) }));
}

export async function getScorecardTemplate(id: string): Promise<ScorecardEntry> {
  const template = await getEntry('scorecards', id);
  // The content check refuses unknown templates before the build; this guards `astro dev`.
  if (!template) throw new Error(`Scorecard template "${id}" not found in content/scorecards/`);
  return template;
}

/**
 * Static paths for pages that exist once per published article (its scorecard, checklist,
 * image). The cache key covers the article's data and its scorecard template, all such a
 * page is made from besides code, so incremental builds reuse it until one of them changes.
 */
export async function articlePagePaths(): Promise<{ params: { slug: string }; props: ArticlePageProps; cacheKey: string }[]> {
  const articles = await getPublishedInsights();
  return Promise.all(
    articles.map(async (article) => {
      const template = await getScorecardTemplate(article.data.scorecard.template);
      return { params: { slug: article.id }, props: { article, template }, cacheKey: cacheKeyOf(article.id, article.data, template.data) };
    }),
  );
}
