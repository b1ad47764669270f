import { loadSiteConfig } from '../../src/node/site-config.ts';
import { siteRoot } from './paths.ts';

/**
 * The moment the tests' build of the fixture site publishes as of (`SETLIST_BUILD_TIME`), so its
 * review states stay what the tests expect: one playbook overdue, one fresh, one on the default.
 */
export const fixtureBuildTime = '2026-12-06T12:00:00Z';

/** The fixture site's options, read from its astro.config.mjs as Setlist's commands read them. */
export const siteConfig = await loadSiteConfig(siteRoot);
