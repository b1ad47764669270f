/**
 * Static paths of the article preview images, for the dev server's image endpoint (a build
 * draws them beside Astro and copies them in). A module of its own, imported by that endpoint
 * only: the drawing code (Skia, sharp) then never loads into a build's page renderer.
 */
import { articleOgImageInput } from '../og/inputs.ts';
import { ogImageKey } from '../og/draw.ts';
import { siteDataAt } from './index.ts';
import { siteConfigAt } from './page-config.ts';

/** The image's own key (texts, design, fonts) decides reuse; an untranslated article's pages show its original's image. */
export async function ogImagePaths({ routePattern }: { routePattern: string }) {
  const siteConfig = siteConfigAt(routePattern);
  return (await siteDataAt(routePattern)).articles
    .filter((route) => !route.summary.untranslated)
    .map((route) => {
      const input = articleOgImageInput(siteConfig, route.entry.data);
      return { params: { slug: route.slug }, props: { slug: route.slug, input }, cacheKey: ogImageKey(input) };
    });
}
