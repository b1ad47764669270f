import { createHash } from 'node:crypto';

/**
 * A short, stable digest of everything a page is made from (dates included), for Astro's
 * incremental builds: a page whose key and code are unchanged is copied, not rendered.
 */
export function cacheKeyOf(...parts: unknown[]): string {
  const json = JSON.stringify(parts, (_key, value: unknown) => (value instanceof Date ? value.toISOString() : value));
  return createHash('sha256').update(json).digest('base64url').slice(0, 22);
}
