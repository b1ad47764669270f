/**
 * The site's options as a page reads them: those of the page's language, which its path says
 * (`/de/…` is German when the site has a `de` locale). Pages, components and endpoints take them
 * from the pattern their route was injected at (`Astro.routePattern`, a string Astro already has,
 * where `Astro.url` would be a new URL for every component of every page), so one component or
 * route serves every language.
 */
import { siteConfig } from 'virtual:setlist/config';
import { configInLocale, localeAtPath, type SiteLocale } from '../domain/locales.ts';
import type { SiteConfig } from '../schemas/site.ts';

const configs = new Map<string, SiteConfig>();

/** The options in one of the site's languages (made once per language). */
export function siteConfigIn(locale: SiteLocale): SiteConfig {
  let config = configs.get(locale.key);
  if (!config) configs.set(locale.key, (config = configInLocale(siteConfig, locale)));
  return config;
}

/** The language of a page or route pattern, from its path. */
export const localeAt = (path: string): SiteLocale => localeAtPath(path, siteConfig.locales);

/** The options of the language a route's pattern (or a page's path) is in. */
export function siteConfigAt(path: string): SiteConfig {
  return siteConfigIn(localeAt(path));
}

/** Every language of the site, the default first. */
export const siteLocales = (): readonly SiteLocale[] => siteConfig.locales;
