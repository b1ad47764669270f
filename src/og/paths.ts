import { articlePath, type UrlConfig } from '../domain/urls.ts';

/** Where link-preview images are published. */
export const siteOgImagePath = '/og.png';

export function articleOgImagePath(config: UrlConfig, slug: string): string {
  return `${articlePath(config, slug)}og.png`;
}

/** Rendered images are kept between builds here, keyed by a hash of what they show. */
export function ogCacheDir(env: Record<string, string | undefined>): string {
  return env.SETLIST_CACHE_DIR ? `${env.SETLIST_CACHE_DIR.replace(/\/+$/, '')}/og` : 'node_modules/.cache/setlist/og';
}
