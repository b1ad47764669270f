import type { APIRoute } from 'astro';
import { absoluteUrl, fixedPaths } from '../domain/urls.ts';
import { siteConfig } from 'virtual:setlist/config';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteConfig, fixedPaths.sitemap)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
