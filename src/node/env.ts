import { join } from 'node:path';
import { isRootLocale, type SiteLocale } from '../domain/locales.ts';
import type { SiteConfig } from '../schemas/site.ts';

/**
 * Where content lives. `SETLIST_CONTENT_DIR` points a build or a check at another folder
 * (test fixtures, the benchmark corpus) without touching `content/`.
 */
export function contentRoot(env: Record<string, string | undefined>): string {
  return (env.SETLIST_CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}

/** The folder of a content root that holds a collection's files. */
export function contentFolder(root: string, collection: 'insights' | 'scorecards'): string {
  return join(root, collection);
}

/** The folders of a content root that hold its articles and its scorecard templates. */
export function contentFolders(root: string): string[] {
  return [contentFolder(root, 'insights'), contentFolder(root, 'scorecards')];
}

export const insightsGlob = '**/*.mdx';

/** The scorecard templates: at the top of their folder, and in the folder of each other language of the site (`de/*.yaml`). */
export function scorecardsGlobs(locales: readonly Pick<SiteLocale, 'key'>[]): string[] {
  return ['*.yaml', ...locales.filter((locale) => !isRootLocale(locale)).map((locale) => `${locale.key}/*.yaml`)];
}

/**
 * Set by `setlist build` for the `astro build` it runs, which then leaves the search index and
 * the link check to it; a plain `astro build` says what it left out. Its value is a file: the
 * integration writes there the options those steps read (`AfterBuildOptions`), so `setlist
 * build` never loads the site's config beside Astro's build (its memory would add to Astro's peak).
 */
export const afterAstroBuildVariable = 'SETLIST_STEPS_AFTER_BUILD';

/** The site's options that the steps after Astro read. */
export type AfterBuildOptions = Pick<SiteConfig, 'baseUrl'> & {
  /** Where the articles are, in each of the site's languages (`/insights/`, `/de/insights/` …). */
  insightsPaths: string[];
};

/**
 * The moment a build publishes as of: now, unless `SETLIST_BUILD_TIME` (an ISO date) pins it,
 * so a build can be reproduced or a future-dated article previewed as on its day.
 */
export function buildTime(env: Record<string, string | undefined>): Date {
  const pinned = env.SETLIST_BUILD_TIME ? new Date(env.SETLIST_BUILD_TIME) : undefined;
  if (pinned && Number.isNaN(pinned.getTime())) throw new Error(`SETLIST_BUILD_TIME is not a date: "${env.SETLIST_BUILD_TIME}" (expected e.g. 2026-11-23)`);
  return pinned ?? new Date();
}

/**
 * Where build caches live: Astro's data store (with every article body rendered) and incremental-build
 * copies, the preview images keyed by their inputs, the content check's findings for the pages, and what the
 * steps after Astro (search index, link check)
 * keep to skip work on unchanged pages. `SETLIST_CACHE_DIR` moves them (test fixtures and the
 * bench build beside the real site without sharing a cache).
 */
export function cacheDirs(env: Record<string, string | undefined>): { astro: string; og: string; afterBuild: string; contentState: string } {
  const root = env.SETLIST_CACHE_DIR?.replace(/\/+$/, '');
  const setlist = root ?? 'node_modules/.cache/setlist';
  return { astro: root ?? 'node_modules/.astro', og: `${setlist}/og`, afterBuild: `${setlist}/after-build`, contentState: `${setlist}/content-state` };
}
