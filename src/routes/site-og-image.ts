import type { APIRoute } from 'astro';
import { ogImageResponse } from '../og/cached-image.ts';
import { siteOgImageInput } from '../og/inputs.ts';
import { siteConfigAt } from '../route-data/page-config.ts';

/** The site's own card in a language, for the home page, the index and other pages without an article. */
export const GET: APIRoute = ({ routePattern }) => ogImageResponse(siteOgImageInput(siteConfigAt(routePattern)), 'site');
