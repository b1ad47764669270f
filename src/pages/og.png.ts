import type { APIRoute } from 'astro';
import { ogImageInput, ogImageResponse } from '../data/og-images.ts';
import { siteConfig } from '../site.config.ts';

/** The site's own card, for the home page, the index and other pages without an article. */
export const GET: APIRoute = () => ogImageResponse(ogImageInput(siteConfig.title), 'site');
