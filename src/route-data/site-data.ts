/**
 * Everything the pages show that is computed, built once per build from the published
 * articles: paths, head data, neighbours, series places, table of contents, reading time,
 * cache keys, tag and series listings. Pages and components only render what is here.
 * Pure (no Astro): `index.ts` feeds it the collections.
 */
import { structuredText } from '../domain/article-text.ts';
import { emptyAssessment, type TemplateForAssessment } from '../domain/assessment.ts';
import { allNeighbours } from '../domain/navigation.ts';
import { inReadingOrder, isVisible, newestFirst } from '../domain/ordering.ts';
import { readingMinutes } from '../domain/reading-time.ts';
import { scoreChart, type Chart } from '../domain/score-chart.ts';
import { allSeries, allSeriesPlaces } from '../domain/series.ts';
import { displayName, groupByTag, taxonomySlug } from '../domain/taxonomy.ts';
import { teaserFeed, type TeaserFeedEntry } from '../domain/teaser-feed.ts';
import { tableOfContents, type TocEntry } from '../domain/toc.ts';
import { articlePages, canonicalArticleUrl, seriesIndexPath, seriesPath, tagPath, tagsPath } from '../domain/urls.ts';
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
  body?: string | undefined;
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
  series: { name: string; path: string; part: number; of: number } | undefined;
  toc: TocEntry[];
  readingMinutes: number;
  /** Astro's incremental-build keys: everything each page is made from besides code. */
  cacheKeys: { article: string; companions: string };
}

export interface Listing {
  slug: string;
  name: string;
  path: string;
  articles: ArticleSummary[];
}

export interface SiteData<Entry extends ArticleEntry = ArticleEntry> {
  /** Published articles in reading order. */
  articles: ArticleRoute<Entry>[];
  newestFirst: ArticleSummary[];
  /** By how many articles use them, then name; each tag's articles newest first. */
  tags: Listing[];
  /** By name; each series' articles in reading order. */
  series: Listing[];
  teaserFeed: TeaserFeedEntry[];
  /** The listing pages' own paths. */
  indexPaths: { insights: string; tags: string; series: string };
}

type RouteConfig = Pick<SiteConfig, 'baseUrl' | 'insightsPath' | 'previousNext' | 'brand'>;

const tagLinks = (config: RouteConfig, tags: readonly string[]): TagLink[] =>
  tags.map((tag) => ({ name: displayName(tag).toLowerCase(), path: tagPath(config, taxonomySlug(tag)) }));

export function buildSiteData<Entry extends ArticleEntry>(input: {
  entries: readonly Entry[];
  templates: readonly TemplateEntry[];
  state: Pick<ContentState, 'outlines' | 'publishing'>;
  config: RouteConfig;
}): SiteData<Entry> {
  const { config, state } = input;
  const now = new Date(state.publishing.now);
  const published = inReadingOrder(input.entries.filter((entry) => isVisible(entry, { includeDrafts: state.publishing.includeDrafts, now })));
  const summaries = new Map<string, ArticleSummary>(
    published.map((entry) => [
      entry.id,
      {
        slug: entry.id,
        path: articlePages(config, entry.id).article,
        title: entry.data.title,
        description: entry.data.description,
        published: entry.data.published,
        tags: tagLinks(config, entry.data.tags),
      },
    ]),
  );
  const summaryOf = (entry: Entry): ArticleSummary => summaries.get(entry.id)!;
  const navLink = (entry: Entry | undefined): NavLink | undefined => entry && { title: entry.data.title, path: summaryOf(entry).path };
  const neighbours = allNeighbours(published, config.previousNext);
  const seriesPlaces = allSeriesPlaces(published);
  const templates = new Map(input.templates.map((template) => [template.id, template]));

  const articles = published.map((entry): ArticleRoute<Entry> => {
    const { data } = entry;
    const template = templates.get(data.scorecard.template);
    // The content check refuses an unknown template before anything renders.
    if (!template) throw new Error(`${entry.id}: no scorecard template "${data.scorecard.template}"`);
    const pages = articlePages(config, entry.id);
    const { previous, next } = neighbours.get(entry.id) ?? { previous: undefined, next: undefined };
    const place = seriesPlaces.get(entry.id);
    const series = place && { name: place.series.name, path: seriesPath(config, place.series.slug), part: place.part, of: place.of };
    const assessmentTemplate: TemplateForAssessment = {
      id: template.id,
      version: template.data.version,
      scale: template.data.scale,
      areas: template.data.areas,
    };
    const body = entry.body ?? '';
    const companions = cacheKeyOf(entry.id, data, template.data);
    return {
      slug: entry.id,
      entry,
      summary: summaryOf(entry),
      pages,
      canonicalUrl: canonicalArticleUrl(config, entry.id),
      template,
      assessment: { template: assessmentTemplate, emptyChart: scoreChart(emptyAssessment(assessmentTemplate), assessmentTemplate) },
      meta: {
        article: {
          title: data.title,
          description: data.description,
          path: pages.article,
          image: { path: pages.ogImage, alt: `${data.title}: ${data.framework.name}, on ${config.brand.name}` },
          article: { published: data.published, updated: data.updated, tags: data.tags },
        },
        scorecard: {
          title: `${template.data.title}: self-assessment`,
          description: `Score ${data.framework.name} area by area, in the browser or on paper.`,
          path: pages.scorecard,
        },
        checklist: {
          title: `Checklist: ${data.title}`,
          description: `A one-page printable checklist of ${data.framework.name}: the practical checklist and every operator check.`,
          path: pages.checklist,
        },
        carousel: {
          title: `Carousel: ${data.title}`,
          description: `${data.title} as slides for a LinkedIn document post: the TL;DR, every step of ${data.framework.name} with its checks, the scorecard and the takeaways.`,
          path: pages.carousel,
        },
      },
      previous: navLink(previous),
      next: navLink(next),
      series,
      toc: tableOfContents(state.outlines[entry.id] ?? [], data),
      readingMinutes: readingMinutes([body, ...structuredText(data)]),
      cacheKeys: {
        article: cacheKeyOf(
          companions,
          body,
          [previous, next].map((neighbour) => neighbour && [neighbour.id, neighbour.data.title]),
          series,
        ),
        companions,
      },
    };
  });

  return {
    articles,
    newestFirst: newestFirst(published).map(summaryOf),
    // Tag names take the first spelling in reading order; each tag page lists its articles newest first.
    tags: groupByTag(published, (entry) => entry.data.tags).map((tag) => ({
      slug: tag.slug,
      name: tag.name,
      path: tagPath(config, tag.slug),
      articles: newestFirst(tag.items).map(summaryOf),
    })),
    series: allSeries(published).map((series) => ({
      slug: series.slug,
      name: series.name,
      path: seriesPath(config, series.slug),
      articles: series.articles.map(summaryOf),
    })),
    teaserFeed: teaserFeed(config, published),
    indexPaths: { insights: config.insightsPath, tags: tagsPath(config), series: seriesIndexPath(config) },
  };
}
