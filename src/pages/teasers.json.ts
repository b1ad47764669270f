import type { APIRoute } from 'astro';
import { getPublishedInsights } from '../route-data/collections.ts';
import { teaserFeed } from '../domain/teaser-feed.ts';
import { siteConfig } from '../site.config.ts';

/** `/teasers.json`: every published article's LinkedIn post, for scheduling tools. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(teaserFeed(siteConfig, await getPublishedInsights()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
