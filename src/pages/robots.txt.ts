import type { APIRoute } from 'astro';
import { absoluteUrl } from '../domain/urls.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteConfig, '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
