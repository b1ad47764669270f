import type { SiteConfig } from '../schemas/site.ts';
import {
  articleOgImagePath,
  articlePath,
  carouselPath,
  checklistPath,
  fixedPaths,
  notFoundRoute,
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
   * them into the site at the end (src/integration/preview-images.ts): rendering 1,000 image
   * endpoints that only read the cache cost Astro about 3 s at 1,000 articles.
   */
  devOnly?: true;
}

/** Astro route patterns carry no trailing slash (the site adds one to every URL). */
const pattern = (path: string): string => path.replace(/(.)\/$/, '$1');

/**
 * Every page of the site. Where a URL depends on a setting (`insightsPath`, `searchPath`), its
 * pattern is made by the same path functions that make the links, so a changed setting moves the
 * pages and every link to them together.
 */
export function injectedPages(config: Pick<SiteConfig, 'baseUrl' | 'insightsPath' | 'searchPath'>): InjectedPage[] {
  return [
    { pattern: fixedPaths.home, entrypoint: 'home.astro' },
    { pattern: notFoundRoute, entrypoint: 'not-found.astro' },
    { pattern: fixedPaths.feed, entrypoint: 'rss-feed.ts' },
    { pattern: fixedPaths.teaserFeed, entrypoint: 'teasers-feed.ts' },
    { pattern: fixedPaths.robots, entrypoint: 'robots-txt.ts' },
    { pattern: pattern(config.insightsPath), entrypoint: 'insights-index.astro' },
    { pattern: pattern(articlePath(config, '[slug]')), entrypoint: 'article.astro' },
    { pattern: pattern(scorecardPath(config, '[slug]')), entrypoint: 'scorecard.astro' },
    { pattern: pattern(checklistPath(config, '[slug]')), entrypoint: 'checklist.astro' },
    { pattern: pattern(carouselPath(config, '[slug]')), entrypoint: 'carousel.astro' },
    { pattern: articleOgImagePath(config, '[slug]'), entrypoint: 'article-og-image.ts', devOnly: true },
    { pattern: fixedPaths.siteOgImage, entrypoint: 'site-og-image.ts', devOnly: true },
    { pattern: pattern(tagsPath(config)), entrypoint: 'tags-index.astro' },
    { pattern: pattern(tagPath(config, '[tag]')), entrypoint: 'tag.astro' },
    { pattern: pattern(seriesIndexPath(config)), entrypoint: 'series-index.astro' },
    { pattern: pattern(seriesPath(config, '[series]')), entrypoint: 'series.astro' },
    { pattern: pattern(seriesBookPath(config, '[series]')), entrypoint: 'series-book.astro' },
    { pattern: seriesBookStylesheetPath(config, '[series]'), entrypoint: 'series-book-stylesheet.ts' },
    { pattern: pattern(config.searchPath), entrypoint: 'search.astro' },
  ];
}
