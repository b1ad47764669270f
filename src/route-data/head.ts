import { articleJsonLd, jsonForScript } from '../domain/structured-data.ts';
import { absoluteUrl, fixedPaths, localeHomePaths } from '../domain/urls.ts';
import { ogImageSize } from '../domain/og-image-size.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { isRootLocale } from '../domain/locales.ts';
import type { LanguageVersion } from './language-versions.ts';
import type { PageMeta } from './page-meta.ts';

/** A `<meta>` by name or by property (Open Graph), or a `<link>`. */
export type HeadTag =
  | { tag: 'meta'; name: string; content: string }
  | { tag: 'meta'; property: string; content: string }
  | { tag: 'link'; rel: string; href: string; type?: string; title?: string; hreflang?: string };

export interface Head {
  title: string;
  tags: HeadTag[];
  /** JSON-LD for a `<script type="application/ld+json">`, escaped for it; article pages only. */
  jsonLd: string | undefined;
}

/**
 * The page's versions in the site's languages, for search engines: only on a page written in its
 * language that has a translation, and only those versions that are written in theirs (an
 * untranslated article's copies point elsewhere); `x-default` is the default language's.
 */
function alternates(config: HeadConfig, versions: readonly LanguageVersion[]): HeadTag[] {
  if (!versions.some((version) => version.current && version.translated)) return [];
  const translated = versions.filter((version) => version.translated);
  if (translated.length < 2) return [];
  const links = translated.map((version): HeadTag => ({
    tag: 'link',
    rel: 'alternate',
    hreflang: version.locale.lang,
    href: absoluteUrl(config, version.path),
  }));
  const byDefault = translated.find((version) => isRootLocale(version.locale));
  return byDefault ? [...links, { tag: 'link', rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(config, byDefault.path) }] : links;
}

type HeadConfig = Pick<SiteConfig, 'baseUrl' | 'insightsPath' | 'title' | 'author' | 'brand' | 'locale'>;

/**
 * Everything a page's `<head>` says besides charset and viewport: title, description,
 * canonical URL (or noindex), feeds, and the link-preview card for LinkedIn and others.
 */
export function headFor(meta: PageMeta, config: HeadConfig, versions: readonly LanguageVersion[] = []): Head {
  const canonical = meta.path ? absoluteUrl(config, meta.canonicalPath ?? meta.path) : undefined;
  const preview = meta.image ?? { path: localeHomePaths(config).siteOgImage, alt: `${config.brand.name}: ${config.brand.tagline}` };
  const image = absoluteUrl(config, preview.path);
  const { article } = meta;
  const modified = article ? (article.updated ?? article.published) : undefined;
  const tags: HeadTag[] = [
    { tag: 'meta', name: 'description', content: meta.description },
    { tag: 'meta', name: 'author', content: config.author.name },
    { tag: 'meta', name: 'color-scheme', content: 'light dark' },
    canonical ? { tag: 'link', rel: 'canonical', href: canonical } : { tag: 'meta', name: 'robots', content: 'noindex' },
    ...alternates(config, versions),
    { tag: 'link', rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
    { tag: 'link', rel: 'alternate', type: 'application/rss+xml', title: config.title, href: localeHomePaths(config).feed },
    { tag: 'link', rel: 'sitemap', href: fixedPaths.sitemap },
    { tag: 'meta', property: 'og:site_name', content: config.brand.name },
    { tag: 'meta', property: 'og:title', content: meta.title },
    { tag: 'meta', property: 'og:description', content: meta.description },
    { tag: 'meta', property: 'og:type', content: article ? 'article' : 'website' },
    ...(canonical ? [{ tag: 'meta', property: 'og:url', content: canonical } as const] : []),
    { tag: 'meta', property: 'og:image', content: image },
    { tag: 'meta', property: 'og:image:type', content: 'image/png' },
    { tag: 'meta', property: 'og:image:width', content: String(ogImageSize.width) },
    { tag: 'meta', property: 'og:image:height', content: String(ogImageSize.height) },
    { tag: 'meta', property: 'og:image:alt', content: preview.alt },
    ...(article && modified
      ? [
          { tag: 'meta', property: 'article:published_time', content: article.published.toISOString() } as const,
          { tag: 'meta', property: 'article:modified_time', content: modified.toISOString() } as const,
          { tag: 'meta', property: 'article:author', content: config.author.name } as const,
          ...article.tags.map((tag) => ({ tag: 'meta', property: 'article:tag', content: tag }) as const),
        ]
      : []),
    { tag: 'meta', name: 'twitter:card', content: 'summary_large_image' },
    { tag: 'meta', name: 'twitter:title', content: meta.title },
    { tag: 'meta', name: 'twitter:description', content: meta.description },
    { tag: 'meta', name: 'twitter:image', content: image },
    { tag: 'meta', name: 'twitter:image:alt', content: preview.alt },
  ];
  const jsonLd =
    article && modified && canonical
      ? jsonForScript(
          articleJsonLd({
            headline: meta.title,
            description: meta.description,
            url: canonical,
            image,
            published: article.published,
            modified,
            authorName: config.author.name,
            publisherName: config.brand.name,
            tags: article.tags,
          }),
        )
      : undefined;
  return { title: meta.title === config.title ? meta.title : `${meta.title} | ${config.title}`, tags, jsonLd };
}
