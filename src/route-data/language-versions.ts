/**
 * A page in the site's other languages: where the language picker links (the same page in that
 * language when there is one, else that language's home page) and which versions `hreflang` names
 * (those written in their language, not an untranslated article's copy).
 */
import { pathInLocale, type SiteLocale } from '../domain/locales.ts';
import { localeHomePaths } from '../domain/urls.ts';
import { getSiteData } from './index.ts';
import { localeAt, siteLocales } from './page-config.ts';

export interface LanguageVersion {
  locale: SiteLocale;
  /** The page in that language, or that language's home page when it has no such page. */
  path: string;
  /** The page being rendered is this version. */
  current: boolean;
  /** This version is written in its language (not an untranslated article shown in another). */
  translated: boolean;
}

/** Every language's version of the page at `path` (none for a page without a path, or a site in one language). */
export async function languageVersions(path: string | undefined): Promise<LanguageVersion[]> {
  const locales = siteLocales();
  if (locales.length === 1) return [];
  const here = path === undefined ? locales[0]! : localeAt(path);
  return Promise.all(
    locales.map(async (locale) => {
      const { pagePaths } = await getSiteData(locale);
      const same = path === undefined ? undefined : pathInLocale(path, here, locale);
      const exists = same !== undefined && pagePaths.all.has(same);
      return {
        locale,
        path: exists ? same : localeHomePaths({ locale }).home,
        current: locale.key === here.key && path !== undefined,
        translated: exists && pagePaths.own.has(same),
      };
    }),
  );
}
