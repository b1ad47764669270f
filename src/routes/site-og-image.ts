import type { APIRoute } from 'astro';
import { ogImageResponse } from '../og/cached-image.ts';
import { siteConfig } from 'virtual:setlist/config';
import { siteOgImageInput } from '../og/inputs.ts';

/** The site's own card, for the home page, the index and other pages without an article. */
export const GET: APIRoute = () => ogImageResponse(siteOgImageInput(siteConfig), 'site');
