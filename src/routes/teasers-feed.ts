import type { APIRoute } from 'astro';
import { siteDataAt } from '../route-data/index.ts';
import { jsonResponse } from '../route-data/json-response.ts';

/** `/teasers.json` (`/de/teasers.json` …): the LinkedIn post of every published article written in its language, for scheduling tools. */
export const GET: APIRoute = async ({ routePattern }) => jsonResponse((await siteDataAt(routePattern)).teaserFeed);
