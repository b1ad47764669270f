import type { SiteConfig } from '../schemas/site.ts';

type UrlConfig = Pick<SiteConfig, 'baseUrl' | 'insightsPath'>;

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
export function isExternalUrl(config: UrlConfig, href: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//')) return false;
  try {
    const url = new URL(href, `${config.baseUrl}/`);
    return /^https?:$/.test(url.protocol) && url.origin !== new URL(config.baseUrl).origin;
  } catch {
    return false;
  }
}

/** The interactive self-assessment of an article's scorecard. */
export function scorecardPath(config: UrlConfig, slug: string): string {
  return `${articlePath(config, slug)}scorecard/`;
}
