import type { APIRoute } from 'astro';
import { siteReviewFeed } from '../route-data/index.ts';
import { jsonResponse } from '../route-data/json-response.ts';

/** `/reviews.json`: every published playbook's owner and review state, in every language, most urgent first, for a team's dashboards. */
export const GET: APIRoute = async () => jsonResponse(await siteReviewFeed());
