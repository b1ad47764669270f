// Types only: the integration builds these inputs at start-up without loading the drawing code.
import type { OgImageInput } from './draw.ts';
import type { Insight } from '../schemas/insight.ts';
import { siteConfig } from '../site.config.ts';

/** The card for one page: its title (and framework), with the site's brand. */
function ogImageInput(title: string, frameworkName?: string): OgImageInput {
  return {
    title,
    ...(frameworkName ? { frameworkName } : {}),
    brandName: siteConfig.brand.name,
    brandTagline: siteConfig.brand.tagline,
    siteHost: new URL(siteConfig.baseUrl).host,
    colors: siteConfig.brand.colors.light,
  };
}

/**
 * The card of an article. The build's image endpoint and the process that draws images ahead
 * of it both call this, so they agree on the inputs and the cache key.
 */
export const articleOgImageInput = (data: Pick<Insight, 'title' | 'framework'>): OgImageInput => ogImageInput(data.title, data.framework.name);

/** The site's own card, for the home page, the index and other pages without an article. */
export const siteOgImageInput = (): OgImageInput => ogImageInput(siteConfig.title);
