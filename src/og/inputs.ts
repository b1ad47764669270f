// Only types and plain data (the reader text): the integration builds these inputs at start-up without loading the drawing code.
import type { OgImageInput } from './draw.ts';
import type { Insight } from '../schemas/insight.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { uiText } from '../domain/ui-text/index.ts';

/** The card for one page: its title (and framework), with the site's brand. */
function ogImageInput(config: SiteConfig, title: string, frameworkName?: string): OgImageInput {
  return {
    title,
    ...(frameworkName ? { frameworkName } : {}),
    frameworkLabel: uiText(config.language).site.common.frameworkLabel,
    brandName: config.brand.name,
    brandTagline: config.brand.tagline,
    siteHost: new URL(config.baseUrl).host,
    colors: config.brand.colors.light,
    ...(config.locale.dir === 'rtl' ? { direction: 'rtl' as const } : {}),
  };
}

/**
 * The card of an article. The build's image endpoint and the process that draws images ahead
 * of it both call this, so they agree on the inputs and the cache key.
 */
export const articleOgImageInput = (config: SiteConfig, data: Pick<Insight, 'title' | 'framework'>): OgImageInput =>
  ogImageInput(config, data.title, data.framework.name);

/** The site's own card, for the home page, the index and other pages without an article. */
export const siteOgImageInput = (config: SiteConfig): OgImageInput => ogImageInput(config, config.title);
