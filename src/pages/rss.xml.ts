import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedInsights } from '../route-data/collections.ts';
import { newestFirst } from '../domain/ordering.ts';
import { displayName } from '../domain/taxonomy.ts';
import { articlePath } from '../domain/urls.ts';
import { siteConfig } from '../site.config.ts';

/** `/rss.xml`: every published article (no drafts, nothing dated after the build), newest first. */
export const GET: APIRoute = async () =>
  rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: siteConfig.baseUrl,
    items: newestFirst(await getPublishedInsights()).map((article) => ({
      title: article.data.title,
      description: article.data.description,
      link: articlePath(siteConfig, article.id),
      pubDate: article.data.published,
      categories: article.data.tags.map((tag) => displayName(tag).toLowerCase()),
    })),
    customData: `<language>${siteConfig.language}</language>`,
  });
