import type { APIRoute } from 'astro';
import { getSiteData } from '../route-data/index.ts';

/** `/teasers.json`: every published article's LinkedIn post, for scheduling tools. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify((await getSiteData()).teaserFeed, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
