/**
 * Static paths of the article preview images, for the dev server's image endpoint (a build
 * draws them beside Astro and copies them in). A module of its own, imported by that endpoint
 * only: the drawing code (Skia, sharp) then never loads into a build's page renderer.
 */
import { siteConfig } from 'virtual:setlist/config';
import { articleOgImageInput } from '../og/inputs.ts';
import { ogImageKey } from '../og/draw.ts';
import { getSiteData } from './index.ts';

/** The image's own key (texts, design, fonts) decides reuse. */
export async function ogImagePaths() {
  return (await getSiteData()).articles.map((route) => {
    const input = articleOgImageInput(siteConfig, route.entry.data);
    return { params: { slug: route.slug }, props: { slug: route.slug, input }, cacheKey: ogImageKey(input) };
  });
}
