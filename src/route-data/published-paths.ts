import { articleParts } from '../domain/anatomy.ts';
import { bookArticleId, bookScopedId, mainContentId, stepAnchor } from '../domain/page-ids.ts';
import { headingIds } from '../domain/toc.ts';
import type { OutlineItem } from '../authoring/outline.ts';
import { allSeries } from '../domain/series.ts';
import { groupByTag } from '../domain/taxonomy.ts';
import {
  articlePages,
  fixedPaths,
  localeHomePaths,
  publicFilePath,
  seriesBookPath,
  seriesBookStylesheetPath,
  seriesIndexPath,
  seriesPath,
  tagPath,
  tagsPath,
  type UrlConfig,
} from '../domain/urls.ts';
import { isRootLocale, pathsInLocale, shownInLocale, type SiteLocale } from '../domain/locales.ts';
import type { Insight } from '../schemas/insight.ts';

/** What an article's pages and anchors come from: its slug, its data (tags, series, steps) and its body's outline. */
export interface PublishedArticle {
  slug: string;
  data: Insight;
  outline: OutlineItem[];
}

/** Every path a build writes, each with the anchor ids it is known to have (article pages and series books). */
export type PublishedPaths = ReadonlyMap<string, ReadonlySet<string> | undefined>;

const anchorsOf = new WeakMap<PublishedArticle, Set<string>>();

/**
 * Anchor ids on an article page: its parts, its steps, and its narrative headings (as Astro slugs
 * them). Kept per article object: a dev server's check gives an unchanged article the same one.
 */
function articleAnchors(article: PublishedArticle): Set<string> {
  let anchors = anchorsOf.get(article);
  if (!anchors) anchorsOf.set(article, (anchors = newArticleAnchors(article)));
  return anchors;
}

function newArticleAnchors(article: PublishedArticle): Set<string> {
  return new Set([
    mainContentId,
    ...articleParts.map((part) => part.id),
    ...article.data.framework.steps.map((step) => stepAnchor(step.id)),
    ...headingIds(article.outline).map((heading) => heading.id),
  ]);
}

/** Anchor ids in a series book: each part's start and, after it, the part's own anchors (page-ids.ts). */
function bookAnchors(parts: readonly PublishedArticle[]): Set<string> {
  return new Set([
    mainContentId,
    ...parts.flatMap((part) => [
      bookArticleId(part.slug),
      ...[...articleAnchors(part)].filter((id) => id !== mainContentId).map((id) => bookScopedId(part.slug, id)),
    ]),
  ]);
}

/**
 * The pages that show an article of the default language in another language that has no
 * translation of it: copies, which the sitemap leaves out (their canonical URL is the original's).
 */
export function untranslatedArticlePaths(
  config: UrlConfig & { searchPath: string; language: string; locales: readonly SiteLocale[] },
  articles: readonly { slug: string; locale: string }[],
): Set<string> {
  const paths = new Set<string>();
  for (const locale of config.locales.filter((candidate) => !isRootLocale(candidate))) {
    const inLocale = pathsInLocale(config, locale);
    for (const shown of shownInLocale(articles, locale, (article) => article.slug))
      if (shown.locale !== locale.key) for (const path of Object.values(articlePages(inLocale, shown.slug))) paths.add(path);
  }
  return paths;
}

/**
 * The pages and files a build of these articles publishes, from the same path functions
 * the pages use, so a link in an article body can be checked before anything is built.
 */
export function publishedPaths(
  config: UrlConfig & { searchPath: string; locale?: SiteLocale | undefined },
  articles: readonly PublishedArticle[],
  publicFiles: readonly string[],
  /**
   * The slug of every article file, valid or not: an article that failed validation gets its
   * pages once fixed, so links to it are not reported on top of its own problem.
   */
  fileSlugs: readonly string[] = [],
): PublishedPaths {
  const paths = new Map<string, Set<string> | undefined>();
  const add = (path: string, anchors?: Set<string>) => paths.set(path, anchors);
  for (const path of [
    ...Object.values(fixedPaths),
    ...Object.values(localeHomePaths(config)),
    config.insightsPath,
    config.searchPath,
    tagsPath(config),
    seriesIndexPath(config),
  ])
    add(path);
  for (const file of publicFiles) add(publicFilePath(file));
  for (const article of articles) {
    const pages = articlePages(config, article.slug);
    for (const path of Object.values(pages)) add(path, path === pages.article ? articleAnchors(article) : undefined);
  }
  for (const slug of fileSlugs) {
    for (const path of Object.values(articlePages(config, slug))) if (!paths.has(path)) add(path);
  }
  const withData = articles.map((article) => ({ id: article.slug, data: article.data, article }));
  for (const tag of groupByTag(withData, (article) => article.data.tags)) add(tagPath(config, tag.slug));
  for (const series of allSeries(withData)) {
    add(seriesPath(config, series.slug));
    add(seriesBookPath(config, series.slug), bookAnchors(series.articles.map((part) => part.article)));
    add(seriesBookStylesheetPath(config, series.slug));
  }
  return paths;
}
