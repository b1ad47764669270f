import { describe, expect, it } from 'vitest';
import {
  configInLocale,
  contentEntryId,
  languageName,
  localeAtPath,
  localeOfContentFile,
  pathInLocale,
  shownInLocale,
  slugOfEntryId,
  translatedSeriesNames,
} from '../../../src/domain/locales.ts';
import { siteConfigSchema, type SetlistOptions } from '../../../src/schemas/site.ts';
import { optionProblems } from '../../../src/integration/options.ts';

const options: SetlistOptions = {
  title: 'Playbooks',
  description: 'D',
  baseUrl: 'https://example.org',
  language: 'en-GB',
  author: { name: 'A' },
  brand: { tagline: 'Reliable systems' },
};
const multilingual = siteConfigSchema.parse({
  ...options,
  locales: { root: { label: 'English' }, de: { lang: 'de-DE', tagline: 'Zuverlässige Systeme' }, ar: { label: 'العربية' } },
});
const [english, german, arabic] = multilingual.locales;

describe('the locales option', () => {
  it('gives a site without it one language, at the root, named in itself', () => {
    const { locales, locale } = siteConfigSchema.parse(options);
    expect(locales).toEqual([{ key: 'root', lang: 'en-GB', label: 'English', dir: 'ltr', prefix: '/' }]);
    expect(locale).toBe(locales[0]);
  });

  it('resolves each language: its tag (the key by default), its name in itself, its direction and its prefix', () => {
    expect(multilingual.locales.map(({ key, lang, label, dir, prefix }) => ({ key, lang, label, dir, prefix }))).toEqual([
      { key: 'root', lang: 'en-GB', label: 'English', dir: 'ltr', prefix: '/' },
      { key: 'de', lang: 'de-DE', label: 'Deutsch', dir: 'ltr', prefix: '/de/' },
      { key: 'ar', lang: 'ar', label: 'العربية', dir: 'rtl', prefix: '/ar/' },
    ]);
    expect(languageName('ja')).toBe('日本語');
  });

  it('names every mistake: no root, a bad key, a tag Intl cannot read, a language twice, root options that are the site’s own', () => {
    const problemsOf = (locales: unknown) => optionProblems({ ...options, locales }, (option) => option);
    expect(problemsOf({ root: {}, 'De Ch': {}, fr: { lang: 'fr_FR!' } })).toEqual([
      'locales.De Ch: expected "root" (the default language) or a lowercase language code such as "de" or "pt-br" (it names the folder and the URL prefix); received "De Ch"',
      'locales.fr.lang: expected a BCP 47 language tag such as "de" or "de-DE", received the text "fr_FR!"',
    ]);
    expect(problemsOf({ de: { lang: 'de-DE' }, nl: { lang: 'de-de' } })).toEqual([
      `locales: expected a "root" entry for the default language (the language option), such as root: { label: 'English' }; received none`,
      'locales.nl.lang: expected each language once; received "de-de" for both de and nl',
    ]);
    expect(problemsOf({ root: { lang: 'en' }, de: {} })).toEqual([
      "locales.root.lang: expected only label and dir for the default language, whose tag and texts are the site's own options (language, title, description, brand.tagline); received lang",
    ]);
  });
});

describe('a site’s languages', () => {
  it('finds a content file’s language in its first folder, and keeps translation and original apart in the store', () => {
    expect(localeOfContentFile('de/jazz.mdx', multilingual.locales)).toBe(german);
    expect(localeOfContentFile('jazz.mdx', multilingual.locales)).toBe(english);
    // A folder that names no language is only a folder.
    expect(localeOfContentFile('2026/jazz.mdx', multilingual.locales)).toBe(english);
    expect(contentEntryId('de/jazz.mdx', multilingual.locales)).toBe('de/jazz');
    expect(contentEntryId('2026/jazz.mdx', multilingual.locales)).toBe('jazz');
    expect(slugOfEntryId('de/jazz')).toBe('jazz');
  });

  it('finds a page’s language in its prefix, and the same page in another language', () => {
    expect(localeAtPath('/ar/insights/jazz/', multilingual.locales)).toBe(arabic);
    expect(localeAtPath('/insights/jazz/', multilingual.locales)).toBe(english);
    expect(localeAtPath('/deploys/', multilingual.locales)).toBe(english);
    // Route patterns, as Astro hands them to a page: no trailing slash.
    expect(localeAtPath('/de', multilingual.locales)).toBe(german);
    expect(localeAtPath('/de/insights/[slug]', multilingual.locales)).toBe(german);
    expect(localeAtPath('/deploys', multilingual.locales)).toBe(english);
    expect(pathInLocale('/de/insights/jazz/', german!, arabic!)).toBe('/ar/insights/jazz/');
    expect(pathInLocale('/insights/jazz/', english!, german!)).toBe('/de/insights/jazz/');
  });

  it('gives each language the site’s options in its own tag, texts and paths', () => {
    const inGerman = configInLocale(multilingual, german!);
    expect(inGerman).toMatchObject({ language: 'de-DE', insightsPath: '/de/insights/', searchPath: '/de/search/', title: 'Playbooks' });
    expect(inGerman.brand.tagline).toBe('Zuverlässige Systeme');
    expect(configInLocale(multilingual, english!)).toBe(multilingual);
  });

  it('shows in a language its own entries and the default language’s it has no translation of', () => {
    const entries = [
      { id: 'a', locale: 'root' },
      { id: 'b', locale: 'root' },
      { id: 'de/b', locale: 'de' },
      { id: 'de/c', locale: 'de' },
    ];
    const ids = (locale: typeof english) => shownInLocale(entries, locale!, (entry) => slugOfEntryId(entry.id)).map((entry) => entry.id);
    expect(ids(german)).toEqual(['de/b', 'de/c', 'a']);
    expect(ids(english)).toEqual(['a', 'b']);
    expect(ids(arabic)).toEqual(['a', 'b']);
  });
});

describe('a series in another language', () => {
  it('takes the name its first translated part gives it', () => {
    const names = translatedSeriesNames([
      { original: { series: 'Reliable Operations' }, translation: { series: 'Zuverlässiger Betrieb' } },
      { original: { series: 'Reliable Operations' }, translation: { series: 'Zuverlässiger Betrieb 2' } },
      { original: undefined, translation: { series: 'Nur auf Deutsch' } },
      { original: { series: 'AI' }, translation: {} },
    ]);
    expect([...names]).toEqual([['Reliable Operations', 'Zuverlässiger Betrieb']]);
  });
});
