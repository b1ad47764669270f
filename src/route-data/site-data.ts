/**
 * Everything the pages show that is computed, built once per build from the published
 * articles: paths, head data, neighbours, series places, table of contents, reading time,
 * cache keys, tag and series listings, series books. Pages and components only render what is here.
 * Pure (no Astro): `index.ts` feeds it the collections.
 */
import { inSeriesBook, type ArticlePlacement } from '../domain/article-placement.ts';
import { emptyAssessment, readerScale, type TemplateForAssessment } from '../domain/assessment.ts';
import { localeOfContentFile, pathsInLocale, slugOfEntryId, type SiteLocale } from '../domain/locales.ts';
import { allNeighbours } from '../domain/navigation.ts';
import { inReadingOrder, isVisible, newestFirst } from '../domain/ordering.ts';
import { bookArticleId } from '../domain/page-ids.ts';
import { indexPageSize, pagesOf } from '../domain/pagination.ts';
import { dayIn, reviewStatus, type ReviewStatus } from '../domain/review.ts';
import { reviewFeed, type ReviewFeed } from '../domain/review-feed.ts';
import { allRelated } from '../domain/related.ts';
import { scoreChart, type Chart } from '../domain/score-chart.ts';
import { allSeries, allSeriesPlaces } from '../domain/series.ts';
import { bookDate, runningHeadsStylesheet } from '../domain/series-book.ts';
import { displayName, groupByTag, taxonomySlug } from '../domain/taxonomy.ts';
import { teaserFeed, type TeaserFeedEntry } from '../domain/teaser-feed.ts';
import { tableOfContents, type TocEntry } from '../domain/toc.ts';
import { uiText, uiTexts } from '../domain/ui-text/index.ts';
import {
  articleEditUrl,
  articleOgImagePath,
  articlePages,
  canonicalArticleUrl,
  insightsPagePath,
  localeHomePaths,
  seriesBookPath,
  seriesBookStylesheetPath,
  seriesIndexPath,
  seriesPath,
  tagPath,
  tagsPath,
} from '../domain/urls.ts';
import type { Insight } from '../schemas/insight.ts';
import type { ScorecardTemplate } from '../schemas/scorecard.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { cacheKeyOf } from './cache-key.ts';
import type { ContentState } from './content-state.ts';
import type { PageMeta } from './page-meta.ts';

/** What the builder needs of an article entry; Astro's collection entries satisfy it. */
export interface ArticleEntry {
  id: string;
  data: Insight;
  /**
   * The content store's digest of the entry's file: a new one with every change to it. A build keys
   * an article's page with it (its body is not in the store); undefined only outside a build.
   */
  digest?: string | number | undefined;
}

export interface TemplateEntry {
  id: string;
  data: ScorecardTemplate;
}

export interface NavLink {
  title: string;
  path: string;
}

export interface TagLink {
  name: string;
  path: string;
}

/** An article as listings show it (cards, feeds). */
export interface ArticleSummary {
  slug: string;
  path: string;
  title: string;
  description: string;
  published: Date;
  tags: TagLink[];
  framework: string;
  readingMinutes: number;
  /** Its preview image, which cards show. */
  image: { path: string; alt: string };
  /**
   * The language it is written in, when not the listing's: an article with no translation into
   * the page's language, shown in the default language's. Cards say so; its own pages say so,
   * mark its text with that language and send search engines to the original.
   */
  untranslated?: { lang: string; dir: 'ltr' | 'rtl'; label: string };
}

/** One page of the insights index. */
export interface IndexPage {
  /** 1-based. */
  number: number;
  of: number;
  path: string;
  previous: string | undefined;
  next: string | undefined;
  articles: ArticleSummary[];
}

/** Who keeps a playbook true, when it is next due (domain/review.ts), when it last changed and where to edit it. */
export interface Upkeep extends ReviewStatus {
  /** The day of the file's last commit; without one, the updated (or published) date. */
  lastChanged: Date;
  /** "Edit this playbook", when the site sets `editUrl`. */
  editUrl: string | undefined;
}

export interface ArticleRoute<Entry extends ArticleEntry = ArticleEntry> {
  slug: string;
  entry: Entry;
  summary: ArticleSummary;
  pages: ReturnType<typeof articlePages>;
  canonicalUrl: string;
  template: TemplateEntry;
  /** The template as the self-assessment reads it, and its empty chart (the page's no-JS state). */
  assessment: { template: TemplateForAssessment; emptyChart: Chart };
  meta: { article: PageMeta; scorecard: PageMeta; checklist: PageMeta; carousel: PageMeta };
  previous: NavLink | undefined;
  next: NavLink | undefined;
  /** Other playbooks that share its series or tags, most related first (domain/related.ts). */
  related: ArticleSummary[];
  series: { name: string; path: string; bookPath: string; part: number; of: number } | undefined;
  toc: TocEntry[];
  readingMinutes: number;
  upkeep: Upkeep;
  /** Astro's incremental-build keys: everything each page is made from besides code. */
  cacheKeys: { article: string; companions: string };
}

export interface Listing {
  slug: string;
  name: string;
  path: string;
  articles: ArticleSummary[];
}

/** A series as its page lists it, with the book of all its parts. */
export interface SeriesListing extends Listing {
  bookPath: string;
}

/** One article in the series book. */
interface BookPart<Entry extends ArticleEntry = ArticleEntry> {
  route: ArticleRoute<Entry>;
  /** The id of the article's title in the book, which names the article and starts it in the contents' links. */
  id: string;
  /** Its ids, headings and links as the book places them. */
  placement: ArticlePlacement;
  /** Its line in the book's contents: its title, and under it its sections with their ids in the book. */
  contents: TocEntry;
}

/** Every published part of a series in one document to print: cover, contents, the articles. */
export interface SeriesBook<Entry extends ArticleEntry = ArticleEntry> {
  slug: string;
  name: string;
  paths: { book: string; stylesheet: string; series: string };
  meta: PageMeta;
  /** The latest day a part was published or updated: the date on the cover. */
  date: Date;
  parts: BookPart<Entry>[];
  /** The running heads (each part's title on its printed pages), served beside the book. */
  stylesheet: string;
  /** Astro's incremental-build key: the parts' own keys, in the book's order. */
  cacheKey: string;
}

export interface SiteData<Entry extends ArticleEntry = ArticleEntry> {
  /** Published articles in reading order. */
  articles: ArticleRoute<Entry>[];
  newestFirst: ArticleSummary[];
  /** The articles written in the site data's language (no fallbacks), newest first: what its feeds carry. */
  newestInLanguage: ArticleSummary[];
  /** The insights index, a page at a time, newest first. */
  insightsPages: IndexPage[];
  /** The series the home page shows: the one with the newest part. */
  featuredSeries: SeriesListing | undefined;
  /** By how many articles use them, then name; each tag's articles newest first. */
  tags: Listing[];
  /** By name; each series' articles in reading order. */
  series: SeriesListing[];
  /** A book per series, in the same order. */
  books: SeriesBook<Entry>[];
  teaserFeed: TeaserFeedEntry[];
  /** Every published playbook written in the language, with its review state, most urgent first (`/reviews.json` has every language's). */
  reviewFeed: ReviewFeed;
  /** The listing pages' own paths. */
  indexPaths: { insights: string; tags: string; series: string };
  /**
   * Every page path of the language (`all`), and those whose text is written in it (`own`: not
   * an untranslated article's): the language picker links the first, `hreflang` names the second.
   */
  pagePaths: { all: Set<string>; own: Set<string> };
}

type RouteConfig = Pick<
  SiteConfig,
  'baseUrl' | 'insightsPath' | 'searchPath' | 'previousNext' | 'brand' | 'review' | 'editUrl' | 'language' | 'locale' | 'locales'
>;

const tagLinks = (config: RouteConfig, tags: readonly string[]): TagLink[] =>
  tags.map((tag) => ({ name: displayName(tag).toLowerCase(), path: tagPath(config, taxonomySlug(tag)) }));

/**
 * The related playbooks of the last site data made in each language, by article id, with what
 * they were chosen from. Most saves change no article's series, tags, date or place, and keep them.
 */
const lastRelated = new Map<string, { chosenFrom: string; ids: Map<string, string[]> }>();

function relatedIds(articles: readonly ArticleEntry[], localeKey: string): Map<string, string[]> {
  const chosenFrom = articles.map(({ id, data }) => [id, data.published.getTime(), data.position, data.series ?? '', ...data.tags].join('\t')).join('\n');
  const last = lastRelated.get(localeKey);
  if (last?.chosenFrom === chosenFrom) return last.ids;
  const ids = new Map([...allRelated(articles)].map(([id, related]) => [id, related.map((article) => article.id)]));
  lastRelated.set(localeKey, { chosenFrom, ids });
  return ids;
}

export function buildSiteData<Entry extends ArticleEntry>(input: {
  entries: readonly Entry[];
  templates: readonly TemplateEntry[];
  state: Pick<ContentState, 'outlines' | 'readingMinutes' | 'publishing' | 'sources'>;
  config: RouteConfig;
}): SiteData<Entry> {
  const { config, state } = input;
  const now = new Date(state.publishing.now);
  const today = dayIn(now, config.review.timeZone);
  const text = uiText(config.language);
  const siteText = text.site;
  // An entry's id is its slug, after its language's folder in another language than the default (`de/jazz`).
  const slugOf = (entry: { id: string }) => slugOfEntryId(entry.id);
  const contentLocaleOf = (entry: Entry): SiteLocale => localeOfContentFile(entry.id, config.locales);
  /** The paths of the language an article is written in. */
  const contentConfigOf = (entry: Entry) => pathsInLocale(config, contentLocaleOf(entry));
  const untranslatedOf = (entry: Entry): Pick<ArticleSummary, 'untranslated'> => {
    const { key, lang, dir, label } = contentLocaleOf(entry);
    return key === config.locale.key ? {} : { untranslated: { lang, dir, label } };
  };
  /** An article's pages in this language; an untranslated one has the preview image of its original. */
  const articlePagesOf = (entry: Entry) => ({ ...articlePages(config, slugOf(entry)), ogImage: articleOgImagePath(contentConfigOf(entry), slugOf(entry)) });
  const published = inReadingOrder(input.entries.filter((entry) => isVisible(entry, { includeDrafts: state.publishing.includeDrafts, now })));
  const summaries = new Map<string, ArticleSummary>(
    published.map((entry) => {
      const pages = articlePagesOf(entry);
      return [
        entry.id,
        {
          slug: slugOf(entry),
          path: pages.article,
          title: entry.data.title,
          description: entry.data.description,
          published: entry.data.published,
          tags: tagLinks(config, entry.data.tags),
          framework: entry.data.framework.name,
          // Counted by the content check, which reads the bodies; an article it could not read shows no page.
          readingMinutes: state.readingMinutes[entry.id] ?? 1,
          image: { path: pages.ogImage, alt: siteText.previewImage.articleAlt(entry.data.title, entry.data.framework.name, config.brand.name) },
          ...untranslatedOf(entry),
        },
      ];
    }),
  );
  const summaryOf = (entry: Entry): ArticleSummary => summaries.get(entry.id)!;
  const navLink = (entry: Entry | undefined): NavLink | undefined => entry && { title: entry.data.title, path: summaryOf(entry).path };
  const neighbours = allNeighbours(published, config.previousNext);
  const seriesPlaces = allSeriesPlaces(published);
  const templates = new Map(
    input.templates.map((template) => [
      slugOf(template),
      { ...template, data: { ...template.data, scale: readerScale(template.data.scale, uiTexts.en.tools.defaultScale, text.tools.defaultScale) } },
    ]),
  );
  const relatedOf = relatedIds(published, config.locale.key);

  const articles = published.map((entry): ArticleRoute<Entry> => {
    const { data } = entry;
    const template = templates.get(data.scorecard.template);
    // The content check refuses an unknown template before anything renders.
    if (!template) throw new Error(`${entry.id}: no scorecard template "${data.scorecard.template}"`);
    const slug = slugOf(entry);
    const pages = articlePagesOf(entry);
    const fallback = summaryOf(entry).untranslated !== undefined;
    // An untranslated article's pages in another language copy its original's: search engines are sent there.
    const canonical = (page: keyof ReturnType<typeof articlePages>) => (fallback ? { canonicalPath: articlePages(contentConfigOf(entry), slug)[page] } : {});
    const { previous, next } = neighbours.get(entry.id) ?? { previous: undefined, next: undefined };
    const place = seriesPlaces.get(entry.id);
    const series = place && {
      name: place.series.name,
      path: seriesPath(config, place.series.slug),
      bookPath: seriesBookPath(config, place.series.slug),
      part: place.part,
      of: place.of,
    };
    const assessmentTemplate: TemplateForAssessment = {
      id: slugOf(template),
      version: template.data.version,
      scale: template.data.scale,
      areas: template.data.areas,
    };
    const related = (relatedOf.get(entry.id) ?? []).map((id) => summaries.get(id)!);
    const source = state.sources[entry.id];
    const upkeep: Upkeep = {
      ...reviewStatus(data, config.review, today),
      lastChanged: source?.lastChanged ? dayIn(new Date(source.lastChanged), config.review.timeZone) : (data.updated ?? data.published),
      editUrl: config.editUrl && source?.path ? articleEditUrl(config.editUrl, source.path) : undefined,
    };
    // Only a build asks for its pages' cache keys, which hash each article's whole data. The table of
    // contents and the empty chart only the article's own pages show (and its series book): after
    // a save the dev server makes every article's route again to draw one page.
    let cacheKeys: ArticleRoute['cacheKeys'] | undefined;
    let toc: TocEntry[] | undefined;
    let assessment: ArticleRoute['assessment'] | undefined;
    const keysOf = (): ArticleRoute['cacheKeys'] => {
      // Every page of the article shows its review state; the days left change daily and are not shown.
      const companions = cacheKeyOf(entry.id, data, template.data, { ...upkeep, daysLeft: undefined });
      // The digest stands for the body (and the pipeline that renders it), which the store does not keep.
      if (entry.digest === undefined) throw new Error(`${entry.id}: no content digest, so its page cannot be keyed for the incremental build`);
      return {
        article: cacheKeyOf(
          companions,
          entry.digest,
          [previous, next].map((neighbour) => neighbour && [neighbour.id, neighbour.data.title]),
          series,
          related,
        ),
        companions,
      };
    };
    return {
      slug,
      entry,
      summary: summaryOf(entry),
      pages,
      canonicalUrl: canonicalArticleUrl(contentConfigOf(entry), slug),
      template,
      get assessment() {
        return (assessment ??= { template: assessmentTemplate, emptyChart: scoreChart(emptyAssessment(assessmentTemplate), assessmentTemplate) });
      },
      meta: {
        article: {
          title: data.title,
          description: data.description,
          path: pages.article,
          ...canonical('article'),
          image: summaryOf(entry).image,
          article: { published: data.published, updated: data.updated, tags: data.tags },
        },
        scorecard: {
          title: siteText.scorecardPage.title(template.data.title),
          description: siteText.scorecardPage.description(data.framework.name),
          path: pages.scorecard,
          ...canonical('scorecard'),
        },
        checklist: {
          title: siteText.checklistPage.title(data.title),
          description: siteText.checklistPage.description(data.framework.name),
          path: pages.checklist,
          ...canonical('checklist'),
        },
        carousel: {
          title: siteText.carousel.title(data.title),
          description: siteText.carousel.description(data.title, data.framework.name),
          path: pages.carousel,
          ...canonical('carousel'),
        },
      },
      previous: navLink(previous),
      next: navLink(next),
      related,
      series,
      get toc() {
        return (toc ??= tableOfContents(state.outlines[entry.id] ?? [], data, text.article));
      },
      readingMinutes: summaryOf(entry).readingMinutes,
      upkeep,
      get cacheKeys() {
        return (cacheKeys ??= keysOf());
      },
    };
  });

  const routes = new Map(articles.map((route) => [route.entry.id, route]));
  const seriesOfSite = allSeries(published);
  const newest = newestFirst(published).map(summaryOf);
  const seriesListings: SeriesListing[] = seriesOfSite.map((series) => ({
    slug: series.slug,
    name: series.name,
    path: seriesPath(config, series.slug),
    bookPath: seriesBookPath(config, series.slug),
    articles: series.articles.map(summaryOf),
  }));
  const latestPart = (listing: SeriesListing) => Math.max(...listing.articles.map((article) => article.published.getTime()));

  const inLanguage = published.filter((entry) => contentLocaleOf(entry).key === config.locale.key);
  const insightsPages = pagesOf(newest, indexPageSize).map(({ number, of, items }) => ({
    number,
    of,
    path: insightsPagePath(config, number),
    previous: number > 1 ? insightsPagePath(config, number - 1) : undefined,
    next: number < of ? insightsPagePath(config, number + 1) : undefined,
    articles: items,
  }));
  // Tag names take the first spelling in reading order; each tag page lists its articles newest first.
  const tags = groupByTag(published, (entry) => entry.data.tags).map((tag) => ({
    slug: tag.slug,
    name: tag.name,
    path: tagPath(config, tag.slug),
    articles: newestFirst(tag.items).map(summaryOf),
  }));
  const books = seriesOfSite.map((series) =>
    seriesBook(
      config,
      series,
      series.articles.map((entry) => routes.get(entry.id)!),
    ),
  );
  const indexPaths = { insights: config.insightsPath, tags: tagsPath(config), series: seriesIndexPath(config) };
  const ownPaths = [
    localeHomePaths(config).home,
    config.searchPath,
    ...Object.values(indexPaths),
    ...insightsPages.map((page) => page.path),
    ...tags.map((tag) => tag.path),
    ...seriesListings.flatMap((series) => [series.path, series.bookPath]),
  ];
  const articlePaths = (route: ArticleRoute<Entry>) => [route.pages.article, route.pages.scorecard, route.pages.checklist, route.pages.carousel];
  const pagePaths = {
    all: new Set([...ownPaths, ...articles.flatMap(articlePaths)]),
    own: new Set([...ownPaths, ...articles.filter((route) => !route.summary.untranslated).flatMap(articlePaths)]),
  };
  let teasers: SiteData<Entry>['teaserFeed'] | undefined;
  let reviews: SiteData<Entry>['reviewFeed'] | undefined;
  return {
    articles,
    newestFirst: newest,
    newestInLanguage: newestFirst(inLanguage).map(summaryOf),
    insightsPages,
    featuredSeries: seriesListings.reduce<SeriesListing | undefined>(
      (best, listing) => (!best || latestPart(listing) > latestPart(best) ? listing : best),
      undefined,
    ),
    tags,
    series: seriesListings,
    books,
    // The feeds are made when their endpoint asks, not for every page after each save in the dev server.
    // A language's LinkedIn posts are its own articles': an untranslated one is posted in its own language.
    get teaserFeed() {
      return (teasers ??= teaserFeed(
        config,
        inLanguage.map((entry) => ({ id: slugOf(entry), data: entry.data })),
      ));
    },
    get reviewFeed() {
      return (reviews ??= reviewFeed(
        config,
        // A language's own playbooks: an untranslated one is in its own language's feed.
        articles
          .filter((route) => !route.summary.untranslated)
          .map((route) => ({ id: route.slug, url: route.canonicalUrl, data: route.entry.data, review: route.upkeep })),
        today,
      ));
    },
    indexPaths,
    pagePaths,
  };
}

function seriesBook<Entry extends ArticleEntry>(config: RouteConfig, series: { slug: string; name: string }, parts: ArticleRoute<Entry>[]): SeriesBook<Entry> {
  const slugs = parts.map((route) => route.slug);
  const bookParts = parts.map((route): BookPart<Entry> => {
    const placement = inSeriesBook(config, { slug: route.slug, title: route.entry.data.title }, slugs);
    const id = bookArticleId(route.slug);
    const sections = route.toc.map((entry) => ({ id: placement.id(entry.id), text: entry.text }));
    return { route, id, placement, contents: { id, text: route.entry.data.title, children: sections } };
  });
  const paths = {
    book: seriesBookPath(config, series.slug),
    stylesheet: seriesBookStylesheetPath(config, series.slug),
    series: seriesPath(config, series.slug),
  };
  const date = bookDate(parts.map((route) => route.entry));
  const bookText = uiText(config.language).site.seriesBook;
  return {
    slug: series.slug,
    name: series.name,
    paths,
    meta: {
      title: bookText.title(series.name),
      description: bookText.description(parts.length, series.name),
      path: paths.book,
    },
    date,
    parts: bookParts,
    stylesheet: runningHeadsStylesheet(bookParts.map((part) => ({ id: part.id, title: part.route.entry.data.title }))),
    // Each part's key covers its text, data and place in the series (name, part, of).
    get cacheKey() {
      return cacheKeyOf(parts.map((route) => route.cacheKeys.article));
    },
  };
}
