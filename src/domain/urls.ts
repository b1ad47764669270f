import type { SiteConfig } from '../schemas/site.ts';

export type UrlConfig = Pick<SiteConfig, 'baseUrl' | 'insightsPath'>;

/** Site-relative path of an article page, e.g. `/insights/jazz-and-reliable-systems/`. */
export function articlePath(config: UrlConfig, slug: string): string {
  return `${config.insightsPath}${slug}/`;
}

/** Absolute URL for a site-relative path; the only way canonical URLs are made. */
export function absoluteUrl(config: UrlConfig, path: string): string {
  return new URL(path, `${config.baseUrl}/`).href;
}

export function canonicalArticleUrl(config: UrlConfig, slug: string): string {
  return absoluteUrl(config, articlePath(config, slug));
}

/** True for links that leave the site (another origin); relative links never do. */
export function isExternalUrl(config: Pick<UrlConfig, 'baseUrl'>, href: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//')) return false;
  try {
    const url = new URL(href, `${config.baseUrl}/`);
    return /^https?:$/.test(url.protocol) && url.origin !== new URL(config.baseUrl).origin;
  } catch {
    return false;
  }
}

/** Where the `editUrl` option takes the article's file. */
export const editUrlPathMark = '{path}';

/**
 * The "Edit this playbook" link: the site's `editUrl` with the article's file, as the site's
 * repository has it (e.g. `content/insights/jazz.mdx`), in place of `{path}`.
 */
export function articleEditUrl(editUrl: string, file: string): string {
  return editUrl.replaceAll(editUrlPathMark, file.split('/').map(encodeURIComponent).join('/'));
}

/** The interactive self-assessment of an article's scorecard. */
export function scorecardPath(config: UrlConfig, slug: string): string {
  return `${articlePath(config, slug)}scorecard/`;
}

export interface OwnArticleLinkProblem {
  link: string;
  message: string;
  /** The canonical URL the author most likely meant. */
  expected?: string;
}

/**
 * A hand-typed absolute link to one of the site's own articles must be exactly that
 * article's canonical URL (an anchor may follow). Variants (http, www, no trailing slash,
 * a misspelt slug) work by luck or not at all, and split shares between URLs.
 */
export function checkOwnArticleLink(config: UrlConfig, link: string, slugs: readonly string[]): OwnArticleLinkProblem | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const siteHost = new URL(config.baseUrl).hostname.replace(/^www\./, '');
  if (url.hostname.replace(/^www\./, '') !== siteHost) return undefined;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (!path.startsWith(config.insightsPath) || path === config.insightsPath) return undefined;
  const [slug = '', ...deeper] = path.slice(config.insightsPath.length).split('/').filter(Boolean);
  // Pages below an article (its scorecard, its checklist) are the link checker's business.
  if (deeper.length) return undefined;
  const withoutFragment = `${url.origin}${url.pathname}${url.search}`;
  if (slugs.includes(slug)) {
    const canonical = canonicalArticleUrl(config, slug);
    if (withoutFragment === canonical) return undefined;
    return { link, message: `does not match the article's canonical URL`, expected: `${canonical}${url.hash}` };
  }
  return { link, message: `points to no article (no slug "${slug}")` };
}

/** The printable checklist of an article. */
export function checklistPath(config: UrlConfig, slug: string): string {
  return `${articlePath(config, slug)}checklist/`;
}

/** An article as a LinkedIn document post: slides to print as a PDF. */
export function carouselPath(config: UrlConfig, slug: string): string {
  return `${articlePath(config, slug)}carousel/`;
}

/** The link-preview image of an article. */
export function articleOgImagePath(config: UrlConfig, slug: string): string {
  return `${articlePath(config, slug)}og.png`;
}

/** Every page and file a build writes for one article. */
export function articlePages(config: UrlConfig, slug: string): { article: string; scorecard: string; checklist: string; carousel: string; ogImage: string } {
  return {
    article: articlePath(config, slug),
    scorecard: scorecardPath(config, slug),
    checklist: checklistPath(config, slug),
    carousel: carouselPath(config, slug),
    ogImage: articleOgImagePath(config, slug),
  };
}

/** A URL as people type it from paper: no scheme. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** A page of the insights index: the first is the index itself, the others `/insights/page/2/` and on. */
export function insightsPagePath(config: UrlConfig, page: number): string {
  return page === 1 ? config.insightsPath : `${config.insightsPath}page/${page}/`;
}

export function tagsPath(config: UrlConfig): string {
  return `${config.insightsPath}tags/`;
}

export function tagPath(config: UrlConfig, tagSlug: string): string {
  return `${tagsPath(config)}${tagSlug}/`;
}

export function seriesIndexPath(config: UrlConfig): string {
  return `${config.insightsPath}series/`;
}

export function seriesPath(config: UrlConfig, seriesSlug: string): string {
  return `${seriesIndexPath(config)}${seriesSlug}/`;
}

/** Every published part of a series in one printable document. */
export function seriesBookPath(config: UrlConfig, seriesSlug: string): string {
  return `${seriesPath(config, seriesSlug)}book/`;
}

/** The book's running heads (each part's title on its printed pages), made per book at build time. */
export function seriesBookStylesheetPath(config: UrlConfig, seriesSlug: string): string {
  return `${seriesBookPath(config, seriesSlug)}running-heads.css`;
}

/** Site-wide files at fixed paths, one for all the site's languages: sitemap, robots, the review feed. */
export const fixedPaths = {
  sitemap: '/sitemap-index.xml',
  reviewFeed: '/reviews.json',
  robots: '/robots.txt',
} as const;

/**
 * The pages and files each language of the site has once, under its prefix: the home page, the
 * feeds of its articles, its preview image (`/`, `/rss.xml` … for the default language, `/de/`,
 * `/de/rss.xml` … for German).
 */
export function localeHomePaths(config: { locale?: Pick<SiteConfig['locale'], 'prefix'> | undefined }): {
  home: string;
  feed: string;
  teaserFeed: string;
  siteOgImage: string;
} {
  const prefix = config.locale?.prefix ?? '/';
  return { home: prefix, feed: `${prefix}rss.xml`, teaserFeed: `${prefix}teasers.json`, siteOgImage: `${prefix}og.png` };
}

/** Where a file of the site's `public/` folder is served, from its path in that folder. */
export function publicFilePath(file: string): string {
  return `/${file.replace(/^\/+/, '')}`;
}

/** An Astro route pattern for a page's path: patterns carry no trailing slash (the site adds one to every URL). */
export function routePattern(path: string): string {
  return path.replace(/(.)\/$/, '$1');
}

/** The page a static host serves for a missing URL (`404.html`); it has no URL of its own to link to. */
export const notFoundRoute = '/404';
