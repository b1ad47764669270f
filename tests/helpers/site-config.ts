import { loadSiteConfig } from '../../src/node/site-config.ts';
import { siteRoot } from './paths.ts';

/** The fixture site's options, read from its astro.config.mjs as Setlist's commands read them. */
export const siteConfig = await loadSiteConfig(siteRoot);
