/**
 * A site's languages: which language a content file is written in (its folder), which an URL is
 * in (its prefix), and the site's options as the pages of one language read them. Pure and
 * browser-safe; the options are validated in src/schemas/site.ts.
 */
import type { SiteConfig } from '../schemas/site.ts';
import { slugFromPath } from './slug.ts';
import { textDirection } from './text-direction.ts';

/** The key of the default language in the `locales` option: its files and pages are at the top. */
export const rootLocaleKey = 'root';

/** One language of the site, every option resolved. */
export interface SiteLocale {
  /** `root`, or the folder and URL prefix of another language (`de`). */
  key: string;
  /** BCP 47 tag: the pages' `lang`, dates and numbers. */
  lang: string;
  /** The language's name in itself, as the language picker shows it. */
  label: string;
  dir: 'ltr' | 'rtl';
  /** Where its pages are: `/` for the default language, `/de/` for `de`. */
  prefix: string;
  /** What the site says about itself in this language, when it is not the default's. */
  title?: string | undefined;
  description?: string | undefined;
  tagline?: string | undefined;
}

/** A language's name in itself ("Deutsch" for `de-DE`), from `Intl`; the tag when `Intl` has no name for it. */
export function languageName(tag: string): string {
  try {
    const { language } = new Intl.Locale(tag);
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(language) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** What a site's options may say of one of its languages beyond its key and tag. */
type LocaleOptions = Partial<Pick<SiteLocale, 'label' | 'dir' | 'title' | 'description' | 'tagline'>>;

/** One of the site's languages, every option resolved: its label and direction from `Intl` unless given, its prefix from its key. */
export function siteLocale(key: string, lang: string, { label, dir, ...texts }: LocaleOptions = {}): SiteLocale {
  return { key, lang, label: label ?? languageName(lang), dir: dir ?? textDirection(lang), prefix: key === rootLocaleKey ? '/' : `/${key}/`, ...texts };
}

/** The default language of a site, in `language`. */
export const rootLocale = (language: string, given: LocaleOptions = {}): SiteLocale => siteLocale(rootLocaleKey, language, given);

export const isRootLocale = (locale: Pick<SiteLocale, 'key'>): boolean => locale.key === rootLocaleKey;

/**
 * The language a content file is in, from its path in its collection or its content entry id
 * (`de/jazz`): its first folder when that names one of the site's languages, else the default.
 */
export function localeOfContentFile(pathInCollection: string, locales: readonly SiteLocale[]): SiteLocale {
  const [first, ...rest] = pathInCollection.split(/[\\/]/);
  return (rest.length && locales.find((locale) => !isRootLocale(locale) && locale.key === first)) || locales[0]!;
}

/**
 * The content store's id of an article or template: its slug, with its language's folder in front
 * in another language than the default (`de/jazz`), so that a translation and its original, which
 * share the file name, are two entries.
 */
export function contentEntryId(pathInCollection: string, locales: readonly SiteLocale[]): string {
  const locale = localeOfContentFile(pathInCollection, locales);
  const slug = slugFromPath(pathInCollection);
  return isRootLocale(locale) ? slug : `${locale.key}/${slug}`;
}

/** The slug in a content entry's id (`de/jazz` → `jazz`): what its URLs and its original share. */
export function slugOfEntryId(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/**
 * The language a site path or route pattern is in: the one whose prefix it starts with, else the
 * default. A route pattern has no trailing slash: `/de` is German's home page.
 */
export function localeAtPath(path: string, locales: readonly SiteLocale[]): SiteLocale {
  return locales.find((locale) => !isRootLocale(locale) && `${path}/`.startsWith(locale.prefix)) ?? locales[0]!;
}

/** The same page in another language: `/de/insights/jazz/` for `/insights/jazz/`. */
export function pathInLocale(path: string, from: Pick<SiteLocale, 'prefix'>, to: Pick<SiteLocale, 'prefix'>): string {
  return `${to.prefix}${path.slice(from.prefix.length)}`;
}

/**
 * The site's options as the pages of one language read them: that language's tag, texts and
 * paths (`/de/insights/`), so every page, link and feed of the language is made as the default
 * language's are.
 */
export function configInLocale(config: SiteConfig, locale: SiteLocale): SiteConfig {
  if (isRootLocale(locale)) return config;
  return {
    ...pathsInLocale(config, locale),
    locale,
    title: locale.title ?? config.title,
    description: locale.description ?? config.description,
    brand: { ...config.brand, tagline: locale.tagline ?? config.brand.tagline },
  };
}

/** A language's tag and section paths in place of those of the language `config` is in: what links and checks of its articles need. */
export function pathsInLocale<C extends Pick<SiteConfig, 'language' | 'insightsPath' | 'searchPath'> & { locale?: SiteLocale }>(
  config: C,
  locale: SiteLocale,
): C {
  const from = config.locale ?? { prefix: '/' };
  if (from.prefix === locale.prefix) return config;
  const moved = (path: string) => pathInLocale(path, from, locale);
  return { ...config, locale, language: locale.lang, insightsPath: moved(config.insightsPath), searchPath: moved(config.searchPath) };
}

/** The name of each series of the default language in another, as its translated parts give it (the first translation's, in the order given). */
export function translatedSeriesNames(
  pairs: readonly { original: { series?: string | undefined } | undefined; translation: { series?: string | undefined } }[],
): Map<string, string> {
  const names = new Map<string, string>();
  for (const { original, translation } of pairs)
    if (original?.series && translation.series && !names.has(original.series)) names.set(original.series, translation.series);
  return names;
}

/**
 * What a language shows, by slug: its own articles (or templates), and each of the default
 * language's that it has no translation of (a fallback).
 */
export function shownInLocale<T extends { locale: string }>(items: readonly T[], locale: SiteLocale, slugOf: (item: T) => string): T[] {
  const own = items.filter((item) => item.locale === locale.key);
  if (isRootLocale(locale)) return own;
  const translated = new Set(own.map(slugOf));
  return [...own, ...items.filter((item) => item.locale === rootLocaleKey && !translated.has(slugOf(item)))];
}
