/**
 * Where a page shows an article's anatomy: on the article's own page, or as one part of the
 * series book, a print document that holds every part of a series on one page. The book gives
 * each article its own ids, heading levels one below the article's title, and links that stay
 * inside the book; the parts leave their islands (ticking, sharing) to the article's page.
 */
import { bookArticleId, bookScopedId, mainContentId } from './page-ids.ts';
import { absoluteUrl, articlePath, type UrlConfig } from './urls.ts';

export interface ArticlePlacement {
  /**
   * True in the series book: the ids, headings and links written for the article's page are moved,
   * and the parts leave out their scripts (checklist ticks, copy teaser), which a print document does without.
   */
  inBook: boolean;
  /** An id of the article's own (a part, a step, a heading) as this page spells it. */
  id(id: string): string;
  /** The level of the article's sections (its parts and `##` headings): 2 on its page, 3 in the book. */
  sectionLevel: 2 | 3;
  /** Where a link written in the article's body points from this page. */
  href(href: string): string;
  /**
   * The ids that name a part's section (a landmark), from its heading's id: in the book, where
   * every part of the series has a "TL;DR", the article's title follows, so each name is unique.
   */
  regionLabel(headingId: string): string;
  /** A landmark named in words (a scrollable table): in the book, followed by the article's title. */
  regionName(name: string): string;
}

/** The article on its own page: everything as written. */
export const onArticlePage: ArticlePlacement = {
  inBook: false,
  id: (id) => id,
  sectionLevel: 2,
  href: (href) => href,
  regionLabel: (headingId) => headingId,
  regionName: (name) => name,
};

/** A URL reference with a scheme (`https:`, `mailto:`) or from the site's root: the same from every page. */
const independentOfPage = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;

/**
 * The article in the book of `bookSlugs` (its series' parts), under a title heading whose id is
 * the article's start (page-ids.ts). A link to the article itself or to another part (`#step-x`,
 * `/insights/other/#framework`) goes to that place in the book, so the document reads on paper
 * and offline; a relative link to any other page is written from the site's root, since the book
 * sits at another path than the article.
 */
export function inSeriesBook(config: UrlConfig, article: { slug: string; title: string }, bookSlugs: readonly string[]): ArticlePlacement {
  const { slug, title } = article;
  const articleUrl = absoluteUrl(config, articlePath(config, slug));
  const origin = new URL(articleUrl).origin;
  const parts = new Map(bookSlugs.map((part) => [articlePath(config, part), part]));
  return {
    inBook: true,
    id: (id) => bookScopedId(slug, id),
    sectionLevel: 3,
    href(href) {
      let url: URL;
      try {
        url = new URL(href, articleUrl);
      } catch {
        return href;
      }
      if (url.origin !== origin) return href;
      const part = parts.get(url.pathname);
      if (part === undefined) return independentOfPage.test(href) ? href : `${url.pathname}${url.search}${url.hash}`;
      const fragment = decodeURIComponent(url.hash.slice(1));
      // The article page's main landmark is the article itself; in the book, that is its start.
      return `#${fragment && fragment !== mainContentId ? bookScopedId(part, fragment) : bookArticleId(part)}`;
    },
    regionLabel: (headingId) => `${headingId} ${bookArticleId(slug)}`,
    regionName: (name) => `${name}: ${title}`,
  };
}

/** The level a Markdown heading of `depth` (`##` is 2) takes where the article is placed; HTML has no level below 6. */
export const placedHeadingLevel = (depth: number, placement: ArticlePlacement): number => Math.min(6, depth + placement.sectionLevel - 2);
