/**
 * The pages' one source of data: the published articles and everything computed from them
 * (`site-data.ts`), built once per build from Astro's collections and the content check's
 * findings. Pages call these functions and render what they return.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from 'virtual:setlist/config';
import contentState from 'virtual:setlist/content-state';
import type { ContentState } from './content-state.ts';
import { buildSiteData, type ArticleRoute, type Listing, type SeriesBook, type SiteData } from './site-data.ts';

export type InsightEntry = CollectionEntry<'insights'>;
export type InsightRoute = ArticleRoute<InsightEntry>;
export type InsightBook = SeriesBook<InsightEntry>;

let built: { state: ContentState; data: Promise<SiteData<InsightEntry>> } | undefined;
let builtLive: { state: ContentState; store: string; data: SiteData<InsightEntry> } | undefined;

/** Which version of each entry the data is made of: the store's digests change with every change of a file. */
const storeVersion = (collections: { id: string; digest?: string | number | undefined }[][]): string =>
  collections.map((entries) => entries.map((entry) => `${entry.id}@${entry.digest ?? ''}`).join()).join('\n');

/**
 * The site's data. A build computes it once (the content state never changes during a build);
 * the dev server computes it again whenever the content check's findings or an entry in the
 * store have changed since, and not for every request.
 *
 * While the content has errors (dev server only), no page renders: every request is answered
 * with the problems (content-errors.ts). The data still gives the pages' paths, which Astro keeps
 * until the content store changes: they are those of the articles in the store (the last good
 * version of a file that cannot be read), so a fix that restores a file finds its page where it
 * was. Data the store cannot make (a file that names what no other file has) gives no paths; the
 * fix of such a file changes the store, and Astro asks again.
 */
export function getSiteData(): Promise<SiteData<InsightEntry>> {
  const state = contentState();
  if (state.live) return liveSiteData(state);
  if (built?.state === state) return built.data;
  const data = Promise.all([getCollection('insights'), getCollection('scorecards')]).then(([entries, templates]) =>
    buildSiteData({ entries, templates, state, config: siteConfig }),
  );
  built = { state, data };
  return data;
}

async function liveSiteData(state: ContentState): Promise<SiteData<InsightEntry>> {
  const [entries, templates] = await Promise.all([getCollection('insights'), getCollection('scorecards')]);
  const store = storeVersion([entries, templates]);
  if (builtLive?.state === state && builtLive.store === store) return builtLive.data;
  let data: SiteData<InsightEntry>;
  try {
    data = buildSiteData({ entries, templates, state, config: siteConfig });
  } catch (error) {
    if (!state.errors.length) throw error;
    data = buildSiteData({ entries: [], templates: [], state, config: siteConfig });
  }
  builtLive = { state, store, data };
  return data;
}

/**
 * How each path gets its key for Astro's incremental build (`cacheKey`), decided once per list of
 * paths. Only a build reads the keys; the dev server, which asks for the paths again after every
 * save, leaves every article's key uncomputed.
 */
const incrementalKeys = (): ((key: () => string) => { cacheKey?: string }) => (contentState().live ? () => ({}) : (key) => ({ cacheKey: key() }));

/** Static paths of the article page. */
export async function articlePaths() {
  const keyed = incrementalKeys();
  return (await getSiteData()).articles.map((route) => ({ params: { slug: route.slug }, props: { route }, ...keyed(() => route.cacheKeys.article) }));
}

/** Static paths of the pages made from an article's data alone (its scorecard and checklist). */
export async function companionPaths() {
  const keyed = incrementalKeys();
  return (await getSiteData()).articles.map((route) => ({ params: { slug: route.slug }, props: { route }, ...keyed(() => route.cacheKeys.companions) }));
}

/** Static paths of the insights index's pages: the first at the index's own path, the others below it. */
export async function insightsIndexPaths() {
  const { insightsPages } = await getSiteData();
  return insightsPages.map((page) => ({
    params: { page: page.path.slice(siteConfig.insightsPath.length).replace(/\/$/, '') || undefined },
    props: { page },
  }));
}

const listingPaths = <L extends Listing>(listings: L[], param: 'tag' | 'series') =>
  listings.map((listing) => ({ params: { [param]: listing.slug }, props: { listing } }));

export const tagPaths = async () => listingPaths((await getSiteData()).tags, 'tag');
export const seriesPaths = async () => listingPaths((await getSiteData()).series, 'series');

/** Static paths of the series book and of its running-heads stylesheet. */
export async function seriesBookPaths() {
  const keyed = incrementalKeys();
  return (await getSiteData()).books.map((book) => ({ params: { series: book.slug }, props: { book }, ...keyed(() => book.cacheKey) }));
}
