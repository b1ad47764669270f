import type { APIRoute } from 'astro';
import { getSiteData } from '../route-data/index.ts';
import { jsonResponse } from '../route-data/json-response.ts';

/** `/teasers.json`: every published article's LinkedIn post, for scheduling tools. */
export const GET: APIRoute = async () => jsonResponse((await getSiteData()).teaserFeed);
