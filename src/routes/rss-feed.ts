import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteDataAt } from '../route-data/index.ts';
import { siteConfigAt } from '../route-data/page-config.ts';

/** `/rss.xml` (`/de/rss.xml` …): every published article written in the feed's language (no drafts, nothing dated after the build), newest first. */
export const GET: APIRoute = async ({ routePattern }) => {
  const siteConfig = siteConfigAt(routePattern);
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: siteConfig.baseUrl,
    items: (await siteDataAt(routePattern)).newestInLanguage.map((article) => ({
      title: article.title,
      description: article.description,
      link: article.path,
      pubDate: article.published,
      categories: article.tags.map((tag) => tag.name),
    })),
    customData: `<language>${siteConfig.language}</language>`,
  });
};
