import { z } from 'zod';
import { rootLocale, rootLocaleKey, siteLocale, type SiteLocale } from '../domain/locales.ts';
import { editUrlPathMark } from '../domain/urls.ts';
import { reviewPolicySchema } from './review.ts';

/** A site-relative path that starts and ends with a slash, e.g. `/insights/`. */
const sectionPath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'expected a path like "/insights/" (lowercase, starting and ending with "/")');

/** A file served from the site's root (its public/ folder), e.g. "/avatar.jpg". */
const publicFilePath = z
  .string()
  .regex(/^\/[^/?#][^?#]*\.(?:avif|gif|jpe?g|png|svg|webp)$/i, 'expected a picture in public/ written from the site root, such as "/avatar.jpg"');

/**
 * A colour as CSS hex, `#rgb` or `#rrggbb`. Nothing else: the value is written verbatim into the
 * generated stylesheet, and the preview image mixes colours from it.
 */
const hexColor = z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'expected a hex colour such as "#1f4e79"');

/**
 * The brand palette's defaults, light and dark. Each role becomes a CSS custom property
 * (`accentText` → `--accent-text`); the preview image uses the light set.
 */
const defaultBrandColors = {
  light: {
    /** Page background. */
    bg: '#ffffff',
    /** Panels: table of contents, framework steps, table headings, buttons. */
    surface: '#f4f6f8',
    text: '#1b1f24',
    /** Secondary text: ledes, dates, hints. */
    muted: '#4a5563',
    border: '#c9d1da',
    /** Primary buttons, the skip link, step bars, chart bars; the preview image's band. */
    accent: '#1f4e79',
    /** Text on `accent`. */
    accentText: '#ffffff',
    link: '#0b57a3',
    /** Focus outlines. */
    focus: '#b4530a',
    /** Search-match highlight. */
    mark: '#fff1a8',
  },
  dark: {
    bg: '#12161b',
    surface: '#1c232b',
    text: '#e8ecf0',
    muted: '#aab4bf',
    border: '#3a4652',
    accent: '#8cc4f5',
    accentText: '#0d1a26',
    link: '#8cc4f5',
    focus: '#ffb366',
    mark: '#5c4b00',
  },
} as const;

type ColorRole = keyof typeof defaultBrandColors.light;

/** One theme's palette: every role optional in the config, falling back to its default. */
function paletteSchema(defaults: Record<ColorRole, string>) {
  const roles = Object.keys(defaults) as ColorRole[];
  const shape = Object.fromEntries(roles.map((role) => [role, hexColor.default(defaults[role])])) as Record<ColorRole, z.ZodDefault<typeof hexColor>>;
  return z.strictObject(shape).prefault({});
}

/** The site's colours, light and dark (the reader's `prefers-color-scheme` picks one); every role defaulted. */
export const brandColorsSchema = z
  .strictObject({
    light: paletteSchema(defaultBrandColors.light),
    dark: paletteSchema(defaultBrandColors.dark),
  })
  .prefault({});

/** A BCP 47 language tag that `Intl` can read, e.g. "de-DE". */
const languageTag = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { error: 'expected a BCP 47 language tag such as "de" or "de-DE"' },
);

/** A language's folder and URL prefix, e.g. `de` (`content/insights/de/`, `/de/insights/`). */
const localeKey = z
  .string()
  .regex(
    new RegExp(`^(?:${rootLocaleKey}|[a-z]{2,3}(?:-[a-z0-9]{2,8})*)$`),
    `expected "${rootLocaleKey}" (the default language) or a lowercase language code such as "de" or "pt-br" (it names the folder and the URL prefix)`,
  );

/** What the site says about itself, in one of its other languages; each falls back to the default language's. */
const localeTexts = {
  title: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  tagline: z.string().min(1).optional(),
};

/** One language of a site with several. */
const localeSchema = z.strictObject({
  /** The language's name in itself, for the language picker ("Deutsch"); from `Intl` when left out. */
  label: z.string().min(1).optional(),
  /** Its BCP 47 tag: the pages' `lang`, how dates and numbers are written; the key when left out. */
  lang: languageTag.optional(),
  /** Which way its text runs; from the tag when left out (Arabic, Hebrew … right to left). */
  dir: z.enum(['ltr', 'rtl']).optional(),
  ...localeTexts,
});

/** The default language's entry: its tag is the `language` option, its texts the site's own. */
const rootLocaleSchema = z.strictObject({ label: localeSchema.shape.label, dir: localeSchema.shape.dir });

/**
 * The options of `setlist({...})` in a site's astro.config.mjs. Every object is strict, so a
 * misspelt option is an error with a "did you mean" hint rather than a setting silently ignored.
 */
export const siteConfigSchema = z
  .strictObject({
    /** The site's name: the home page's heading, page titles, the feed and the preview image. */
    title: z.string().min(1),
    /** One sentence about the site: the home page's lede, its description and the feed's. */
    description: z.string().min(1),
    /** Origin the site is served from; canonical URLs are derived from it. No trailing slash needed. */
    baseUrl: z
      .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as "https://playbooks.example.com"' })
      .transform((url) => url.replace(/\/+$/, '')),
    /** BCP 47 tag of the site's language: the pages' `lang`, the feed's language and how dates are written (`en-GB`: 6 October 2026). */
    language: languageTag.default('en'),
    /**
     * The site's languages when it has several, keyed by folder and URL prefix, e.g.
     * `{ root: { label: 'English' }, de: { label: 'Deutsch', lang: 'de-DE' } }`: `root` is the
     * default language (`language`), at the top of `content/insights/` and of the site's URLs;
     * the others' articles are in `content/insights/<key>/`, their pages under `/<key>/`.
     */
    locales: z
      .record(localeKey, localeSchema)
      .superRefine((locales, context) => {
        if (!(rootLocaleKey in locales))
          context.addIssue({
            code: 'custom',
            path: [],
            message: `expected a "${rootLocaleKey}" entry for the default language (the language option), such as root: { label: 'English' }; received none`,
          });
        const root = locales[rootLocaleKey];
        if (root)
          for (const key of Object.keys(root).filter((key) => !(key in rootLocaleSchema.shape)))
            context.addIssue({
              code: 'custom',
              path: [rootLocaleKey, key],
              message: `expected only label and dir for the default language, whose tag and texts are the site's own options (language, title, description, brand.tagline); received ${key}`,
            });
        const seen = new Map<string, string>();
        for (const [key, locale] of Object.entries(locales)) {
          if (key === rootLocaleKey) continue;
          const lang = (locale.lang ?? key).toLowerCase();
          const other = seen.get(lang);
          if (other)
            context.addIssue({ code: 'custom', path: [key, 'lang'], message: `expected each language once; received "${lang}" for both ${other} and ${key}` });
          seen.set(lang, key);
        }
      })
      .optional(),
    author: z.strictObject({
      name: z.string().min(1),
      role: z.string().min(1).optional(),
      /** The author's profile page (LinkedIn, say): linked from the footer and the author box under each article. */
      profileUrl: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as "https://www.linkedin.com/in/ana"' }).optional(),
      /** A picture of the author in the site's public/ folder, e.g. "/avatar.jpg": shown in the author box under each article. */
      avatar: publicFilePath.optional(),
    }),
    /** The footer's licence or copyright line, e.g. "© 2026 Ana Ruiz · Text CC BY 4.0"; "© <author>" when left out. */
    copyright: z.string().min(1).optional(),
    /** The brand in the header, the footer and on preview images; its name defaults to the title. */
    brand: z.strictObject({
      name: z.string().min(1).optional(),
      /** A short phrase (no full stop): the home page's heading, the footer, the preview images' band. */
      tagline: z.string().min(1),
      colors: brandColorsSchema,
    }),
    /** Where the articles live, e.g. `/insights/` (`/insights/<slug>/`). */
    insightsPath: sectionPath.default('/insights/'),
    /** The search page. */
    searchPath: sectionPath.default('/search/'),
    /** Previous / Next follow the site-wide order, or, for articles in a series, the series. */
    previousNext: z.enum(['site', 'series']).default('site'),
    /** When playbooks fall due for review, and who owns those that name no owner (see src/schemas/review.ts). */
    review: reviewPolicySchema,
    /**
     * Where an article is edited: a URL with `{path}`, which becomes the article's file as the
     * site's repository has it, e.g. "https://github.com/acme/playbooks/edit/main/{path}".
     */
    editUrl: z
      .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL with {path} in it, such as "https://github.com/acme/playbooks/edit/main/{path}"' })
      .refine((url) => url.includes(editUrlPathMark), {
        error: 'expected {path} in the URL, where the article\'s file goes, such as "https://github.com/acme/playbooks/edit/main/{path}"',
      })
      .optional(),
  })
  .transform(({ brand, review, locales, ...config }) => ({
    ...config,
    brand: { ...brand, name: brand.name ?? config.title },
    review: { ...review, owner: review.owner ?? config.author.name },
    locales: siteLocales(config.language, locales),
  }))
  // The language of the pages that read these options: the default, until configInLocale gives another's.
  .transform((config) => ({ ...config, locale: config.locales[0]! }));

/** The site's languages, the default first: one, at the root, when the site sets no `locales`. */
function siteLocales(language: string, locales: Record<string, z.output<typeof localeSchema>> | undefined): SiteLocale[] {
  const root = locales?.[rootLocaleKey];
  const others = Object.entries(locales ?? {}).filter(([key]) => key !== rootLocaleKey);
  return [rootLocale(language, root ?? {}), ...others.map(([key, { lang = key, ...options }]) => siteLocale(key, lang, options))];
}

/** What a site passes to `setlist({...})`. */
export type SetlistOptions = z.input<typeof siteConfigSchema>;
/** The options once validated, with every default filled in: what the pages and commands read. */
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type BrandColors = SiteConfig['brand']['colors'];
/** One theme's colours, every role resolved. */
export type BrandPalette = BrandColors['light'];
