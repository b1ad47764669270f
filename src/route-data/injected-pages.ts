import { pathsInLocale } from '../domain/locales.ts';
import type { SiteConfig } from '../schemas/site.ts';
import {
  articleOgImagePath,
  articlePath,
  carouselPath,
  checklistPath,
  fixedPaths,
  localeHomePaths,
  notFoundRoute,
  routePattern,
  scorecardPath,
  seriesBookPath,
  seriesBookStylesheetPath,
  seriesIndexPath,
  seriesPath,
  tagPath,
  tagsPath,
} from '../domain/urls.ts';

/** A page the integration injects (a Setlist site has no pages of its own): its URL pattern and its entry file in `src/routes/`. */
export interface InjectedPage {
  pattern: string;
  entrypoint: string;
  /**
   * Served by the dev server only. A build draws the preview images beside Astro and copies
   * them into the site at the end (src/integration/preview-images.ts): rendering an endpoint per
   * article only to read the cache would slow Astro's build as the site grows.
   */
  devOnly?: true;
}

/**
 * Every page of the site: those each language has under its prefix, then the site-wide ones. Where
 * a URL depends on a setting (`insightsPath`, `searchPath`, a language's prefix), its pattern is made
 * by the same path functions that make the links, so a changed setting moves the pages and every
 * link to them together. A route learns its language from the pattern Astro hands its `getStaticPaths`.
 */
export function injectedPages(config: Pick<SiteConfig, 'baseUrl' | 'insightsPath' | 'searchPath' | 'language' | 'locale' | 'locales'>): InjectedPage[] {
  const inEachLanguage = config.locales.flatMap((locale) => pagesOfLanguage(pathsInLocale(config, locale)));
  return [
    ...inEachLanguage,
    { pattern: notFoundRoute, entrypoint: 'not-found.astro' },
    { pattern: fixedPaths.reviewFeed, entrypoint: 'reviews-feed.ts' },
    { pattern: fixedPaths.robots, entrypoint: 'robots-txt.ts' },
  ];
}

function pagesOfLanguage(config: Pick<SiteConfig, 'baseUrl' | 'insightsPath' | 'searchPath' | 'locale'>): InjectedPage[] {
  const paths = localeHomePaths(config);
  return [
    { pattern: paths.home, entrypoint: 'home.astro' },
    { pattern: paths.feed, entrypoint: 'rss-feed.ts' },
    { pattern: paths.teaserFeed, entrypoint: 'teasers-feed.ts' },
    // The index's first page is at insightsPath itself, the others at insightsPagePath's paths below it.
    { pattern: `${config.insightsPath}[...page]`, entrypoint: 'insights-index.astro' },
    { pattern: routePattern(articlePath(config, '[slug]')), entrypoint: 'article.astro' },
    { pattern: routePattern(scorecardPath(config, '[slug]')), entrypoint: 'scorecard.astro' },
    { pattern: routePattern(checklistPath(config, '[slug]')), entrypoint: 'checklist.astro' },
    { pattern: routePattern(carouselPath(config, '[slug]')), entrypoint: 'carousel.astro' },
    { pattern: articleOgImagePath(config, '[slug]'), entrypoint: 'article-og-image.ts', devOnly: true },
    { pattern: paths.siteOgImage, entrypoint: 'site-og-image.ts', devOnly: true },
    { pattern: routePattern(tagsPath(config)), entrypoint: 'tags-index.astro' },
    { pattern: routePattern(tagPath(config, '[tag]')), entrypoint: 'tag.astro' },
    { pattern: routePattern(seriesIndexPath(config)), entrypoint: 'series-index.astro' },
    { pattern: routePattern(seriesPath(config, '[series]')), entrypoint: 'series.astro' },
    { pattern: routePattern(seriesBookPath(config, '[series]')), entrypoint: 'series-book.astro' },
    { pattern: seriesBookStylesheetPath(config, '[series]'), entrypoint: 'series-book-stylesheet.ts' },
    { pattern: routePattern(config.searchPath), entrypoint: 'search.astro' },
  ];
}
