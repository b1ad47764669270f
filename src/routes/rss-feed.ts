import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../route-data/index.ts';
import { siteConfig } from 'virtual:setlist/config';

/** `/rss.xml`: every published article (no drafts, nothing dated after the build), newest first. */
export const GET: APIRoute = async () =>
  rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: siteConfig.baseUrl,
    items: (await getSiteData()).newestFirst.map((article) => ({
      title: article.title,
      description: article.description,
      link: article.path,
      pubDate: article.published,
      categories: article.tags.map((tag) => tag.name),
    })),
    customData: `<language>${siteConfig.language}</language>`,
  });
