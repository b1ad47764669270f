/**
 * The pages' one source of data: the published articles and everything computed from them
 * (`site-data.ts`), built once per build from Astro's collections and the content check's
 * findings. Pages call these functions and render what they return.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from 'virtual:setlist/config';
import contentState from 'virtual:setlist/content-state';
import { isRootLocale, localeOfContentFile, shownInLocale, slugOfEntryId, translatedSeriesNames, type SiteLocale } from '../domain/locales.ts';
import { mergedReviewFeeds, type ReviewFeed } from '../domain/review-feed.ts';
import { isVisible } from '../domain/ordering.ts';
import type { ContentState } from './content-state.ts';
import { localeAt, siteConfigIn, siteLocales } from './page-config.ts';
import { buildSiteData, type ArticleRoute, type Listing, type SeriesBook, type SiteData } from './site-data.ts';

export type InsightEntry = CollectionEntry<'insights'>;
export type InsightRoute = ArticleRoute<InsightEntry>;
export type InsightBook = SeriesBook<InsightEntry>;

/** The site's data in each language, made once per build; the dev server's, once per change. */
const built = new Map<string, { state: ContentState; data: Promise<SiteData<InsightEntry>> }>();
const builtLive = new Map<string, { state: ContentState; store: string; data: SiteData<InsightEntry> }>();

/** Which version of each entry the data is made of: the store's digests change with every change of a file. */
const storeVersion = (collections: { id: string; digest?: string | number | undefined }[][]): string =>
  collections.map((entries) => entries.map((entry) => `${entry.id}@${entry.digest ?? ''}`).join()).join('\n');

/** What a language shows of a collection: its own entries, and the default language's it has no translation of. */
function entriesIn<T extends { id: string }>(entries: readonly T[], locale: SiteLocale): T[] {
  if (siteConfig.locales.length === 1) return [...entries];
  const withLocale = entries.map((entry) => ({ entry, locale: localeOfContentFile(entry.id, siteConfig.locales).key }));
  return shownInLocale(withLocale, locale, ({ entry }) => slugOfEntryId(entry.id)).map(({ entry }) => entry);
}

/**
 * The articles a language shows, an untranslated one in the series its translated parts name: a
 * series keeps its parts together in every language, under the name its translations give it.
 */
function articlesIn(entries: readonly InsightEntry[], locale: SiteLocale): InsightEntry[] {
  const shown = entriesIn(entries, locale);
  if (siteConfig.locales.length === 1) return shown;
  const isTranslation = (entry: InsightEntry) => !isRootLocale(localeOfContentFile(entry.id, siteConfig.locales));
  const bySlug = new Map(entries.filter((entry) => !isTranslation(entry)).map((entry) => [entry.id, entry]));
  const seriesNames = translatedSeriesNames(
    shown.filter(isTranslation).map((translation) => ({ original: bySlug.get(slugOfEntryId(translation.id))?.data, translation: translation.data })),
  );
  return shown.map((entry) => {
    const name = !isTranslation(entry) && entry.data.series ? seriesNames.get(entry.data.series) : undefined;
    return name ? { ...entry, data: { ...entry.data, series: name } } : entry;
  });
}

/**
 * A language's data, from the articles it publishes: a translation still a draft (or dated later)
 * leaves its original in its place, so the language's page of it never goes missing.
 */
function siteDataOf(entries: InsightEntry[], templates: CollectionEntry<'scorecards'>[], state: ContentState, locale: SiteLocale) {
  const publishing = { includeDrafts: state.publishing.includeDrafts, now: new Date(state.publishing.now) };
  const published = siteConfig.locales.length === 1 ? entries : entries.filter((entry) => isVisible(entry, publishing));
  return buildSiteData({ entries: articlesIn(published, locale), templates: entriesIn(templates, locale), state, config: siteConfigIn(locale) });
}

/**
 * The site's data in one of its languages (the default when not given). A build computes it
 * once (the content state never changes during a build); the dev server computes it again
 * whenever the content check's findings or an entry in the store have changed since, and not for
 * every request.
 *
 * While the content has errors (dev server only), no page renders: every request is answered
 * with the problems (content-errors.ts). The data still gives the pages' paths, which Astro keeps
 * until the content store changes: they are those of the articles in the store (the last good
 * version of a file that cannot be read), so a fix that restores a file finds its page where it
 * was. Data the store cannot make (a file that names what no other file has) gives no paths; the
 * fix of such a file changes the store, and Astro asks again.
 */
export function getSiteData(locale: SiteLocale = siteLocales()[0]!): Promise<SiteData<InsightEntry>> {
  const state = contentState();
  if (state.live) return liveSiteData(state, locale);
  const last = built.get(locale.key);
  if (last?.state === state) return last.data;
  const data = Promise.all([getCollection('insights'), getCollection('scorecards')]).then(([entries, templates]) =>
    siteDataOf(entries, templates, state, locale),
  );
  built.set(locale.key, { state, data });
  return data;
}

async function liveSiteData(state: ContentState, locale: SiteLocale): Promise<SiteData<InsightEntry>> {
  const [entries, templates] = await Promise.all([getCollection('insights'), getCollection('scorecards')]);
  const store = storeVersion([entries, templates]);
  const last = builtLive.get(locale.key);
  if (last?.state === state && last.store === store) return last.data;
  let data: SiteData<InsightEntry>;
  try {
    data = siteDataOf(entries, templates, state, locale);
  } catch (error) {
    if (!state.errors.length) throw error;
    data = siteDataOf([], [], state, locale);
  }
  builtLive.set(locale.key, { state, store, data });
  return data;
}

/** The site's data in the language of a route's pattern (`Astro.routePattern`; Astro hands `getStaticPaths` it too) or of a page's path. */
export const siteDataAt = (path: string): Promise<SiteData<InsightEntry>> => getSiteData(localeAt(path));

/** What `getStaticPaths` is given: the pattern of the route, which says its language. */
type PathsOptions = { routePattern: string };

/**
 * How each path gets its key for Astro's incremental build (`cacheKey`), decided once per list of
 * paths. Only a build reads the keys; the dev server, which asks for the paths again after every
 * save, leaves every article's key uncomputed.
 */
const incrementalKeys = (): ((key: () => string) => { cacheKey?: string }) => (contentState().live ? () => ({}) : (key) => ({ cacheKey: key() }));

/** Static paths of the article page. */
export async function articlePaths({ routePattern }: PathsOptions) {
  const keyed = incrementalKeys();
  return (await siteDataAt(routePattern)).articles.map((route) => ({
    params: { slug: route.slug },
    props: { route },
    ...keyed(() => route.cacheKeys.article),
  }));
}

/** Static paths of the pages made from an article's data alone (its scorecard and checklist). */
export async function companionPaths({ routePattern }: PathsOptions) {
  const keyed = incrementalKeys();
  return (await siteDataAt(routePattern)).articles.map((route) => ({
    params: { slug: route.slug },
    props: { route },
    ...keyed(() => route.cacheKeys.companions),
  }));
}

/** Static paths of the insights index's pages: the first at the index's own path, the others below it. */
export async function insightsIndexPaths({ routePattern }: PathsOptions) {
  const { insightsPages, indexPaths } = await siteDataAt(routePattern);
  return insightsPages.map((page) => ({
    params: { page: page.path.slice(indexPaths.insights.length).replace(/\/$/, '') || undefined },
    props: { page },
  }));
}

const listingPaths = <L extends Listing>(listings: L[], param: 'tag' | 'series') =>
  listings.map((listing) => ({ params: { [param]: listing.slug }, props: { listing } }));

export const tagPaths = async ({ routePattern }: PathsOptions) => listingPaths((await siteDataAt(routePattern)).tags, 'tag');
export const seriesPaths = async ({ routePattern }: PathsOptions) => listingPaths((await siteDataAt(routePattern)).series, 'series');

/** Static paths of the series book and of its running-heads stylesheet. */
export async function seriesBookPaths({ routePattern }: PathsOptions) {
  const keyed = incrementalKeys();
  return (await siteDataAt(routePattern)).books.map((book) => ({ params: { series: book.slug }, props: { book }, ...keyed(() => book.cacheKey) }));
}

/** `/reviews.json`: every language's own playbooks with their review state, most urgent first. */
export async function siteReviewFeed(): Promise<ReviewFeed> {
  const [first, ...others] = await Promise.all(siteLocales().map((locale) => getSiteData(locale)));
  return mergedReviewFeeds([first!.reviewFeed, ...others.map((data) => data.reviewFeed)]);
}
