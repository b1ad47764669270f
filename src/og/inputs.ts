import { cachedOgImage } from './cache.ts';
import type { OgImageInput } from './draw.ts';
import { cacheDirs } from '../node/env.ts';
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

/** A PNG response, rendered only when no cached image with the same inputs exists. */
export async function ogImageResponse(input: OgImageInput, name: string): Promise<Response> {
  const { png, rendered } = await cachedOgImage(input, cacheDirs(process.env).og);
  // Build logs say which images were drawn, so a warm build can show it reused them all.
  if (rendered) console.log(`[og] rendered ${name}`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
