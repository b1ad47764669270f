import { describe, expect, it } from 'vitest';
import { configInLocale, rootLocale, type SiteLocale } from '../../../src/domain/locales.ts';
import { buildSiteData, type ArticleEntry } from '../../../src/route-data/site-data.ts';
import { siteConfig } from '../../helpers/site-config.ts';
import { loadContent } from '../../helpers/content.ts';

const content = loadContent();
// The store's digest of each file stands for its body, which the store does not keep.
const entries: ArticleEntry[] = content.articles.map((article) => ({ id: article.slug, data: article.data, digest: `${article.slug}@1` }));
const templates = content.scorecards.map((scorecard) => ({ id: scorecard.id, data: scorecard.data }));
const outlines = Object.fromEntries(content.articles.map((article) => [article.slug, article.outline]));
const readingMinutes = Object.fromEntries(content.articles.map((article) => [article.slug, article.readingMinutes]));
const published = { includeDrafts: false, now: '2026-11-25T00:00:00.000Z' };

type Sources = Parameters<typeof buildSiteData>[0]['state']['sources'];

const build = (
  input: {
    entries?: ArticleEntry[];
    publishing?: typeof published;
    config?: typeof siteConfig;
    sources?: Sources;
    readingMinutes?: Record<string, number>;
  } = {},
) =>
  buildSiteData({
    entries: input.entries ?? entries,
    templates,
    state: { outlines, readingMinutes: input.readingMinutes ?? readingMinutes, sources: input.sources ?? {}, publishing: input.publishing ?? published },
    config: input.config ?? siteConfig,
  });

const seedOf = (site: ReturnType<typeof build>) => {
  const seed = site.articles.find((route) => route.slug === 'jazz-and-reliable-systems');
  if (!seed) throw new Error('seed article missing');
  return seed;
};

describe('route data of the shipped articles', () => {
  const site = build();
  const seed = seedOf(site);

  it('lists the published articles in reading order, and newest first for the index', () => {
    expect(site.articles.map((route) => route.slug)).toEqual(['five-failure-modes', 'jazz-and-reliable-systems', 'policy-gated-ai']);
    expect(site.newestFirst.map((article) => article.slug)).toEqual(['policy-gated-ai', 'jazz-and-reliable-systems', 'five-failure-modes']);
  });

  it('gives an article its pages, canonical URL and head data', () => {
    expect(seed.pages).toEqual({
      article: '/insights/jazz-and-reliable-systems/',
      scorecard: '/insights/jazz-and-reliable-systems/scorecard/',
      checklist: '/insights/jazz-and-reliable-systems/checklist/',
      carousel: '/insights/jazz-and-reliable-systems/carousel/',
      ogImage: '/insights/jazz-and-reliable-systems/og.png',
    });
    expect(seed.canonicalUrl).toBe('https://playbooks.example.org/insights/jazz-and-reliable-systems/');
    expect(seed.meta.article).toMatchObject({ title: 'Jazz and Reliable Systems', path: seed.pages.article, image: { path: seed.pages.ogImage } });
    expect(seed.meta.article.article?.tags).toEqual(['reliability', 'incident response', 'leadership', 'operating model']);
    expect(seed.meta.scorecard).toMatchObject({ title: 'Ensemble Reliability Scorecard: self-assessment', path: seed.pages.scorecard });
    expect(seed.meta.checklist).toMatchObject({ title: 'Checklist: Jazz and Reliable Systems', path: seed.pages.checklist });
  });

  it('links neighbours by title and path, and places the article in its series', () => {
    expect(seed.previous).toEqual({ title: 'Five Failure Modes', path: '/insights/five-failure-modes/' });
    expect(seed.next).toEqual({ title: 'Policy-Gated AI', path: '/insights/policy-gated-ai/' });
    expect(site.articles[0]?.previous).toBeUndefined();
    expect(site.articles.at(-1)?.next).toBeUndefined();
    expect(seed.series).toEqual({
      name: 'Reliable Operations',
      path: '/insights/series/reliable-operations/',
      bookPath: '/insights/series/reliable-operations/book/',
      part: 2,
      of: 3,
    });
  });

  it('computes the table of contents from the outline the check parsed, and the reading time', () => {
    expect(seed.toc).toHaveLength(15);
    expect(seed.toc.slice(0, 3).map((entry) => entry.id)).toEqual(['tldr', 'why-this-matters-in-production', 'framework']);
    expect(seed.readingMinutes).toBe(7);
  });

  it('shows the reading time the content check counted, on the page and on the cards', () => {
    const site = build({ readingMinutes: { ...readingMinutes, 'jazz-and-reliable-systems': 17 } });
    expect(seedOf(site).readingMinutes).toBe(17);
    expect(site.newestFirst.find((article) => article.slug === 'jazz-and-reliable-systems')?.readingMinutes).toBe(17);
  });

  it('lists tags by use with their articles newest first, and series in reading order', () => {
    const reliability = site.tags.find((tag) => tag.slug === 'reliability');
    expect(reliability?.path).toBe('/insights/tags/reliability/');
    expect(site.tags[0]?.articles.length).toBeGreaterThanOrEqual(site.tags.at(-1)?.articles.length ?? 0);
    for (const tag of site.tags) {
      const dates = tag.articles.map((article) => article.published.getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    }
    expect(site.series.map((series) => series.articles.map((article) => article.slug))).toEqual([site.articles.map((route) => route.slug)]);
    expect(site.teaserFeed.map((entry) => entry.url)).toEqual(site.articles.map((route) => route.canonicalUrl));
  });
});

describe('the series book', () => {
  const site = build();
  const [book] = site.books;

  it('holds every published part of each series in reading order, at its paths, linked from the series', () => {
    expect(site.books).toHaveLength(site.series.length);
    expect(book?.parts.map((part) => part.route)).toEqual(site.articles);
    expect(book?.paths).toEqual({
      book: '/insights/series/reliable-operations/book/',
      stylesheet: '/insights/series/reliable-operations/book/running-heads.css',
      series: '/insights/series/reliable-operations/',
    });
    expect(site.series[0]?.bookPath).toBe(book?.paths.book);
    expect(book?.meta).toMatchObject({ title: 'Book: Reliable Operations', path: book?.paths.book });
  });

  it('is dated by its latest part, and gives each part its start and sections under ids of the book', () => {
    expect(book?.date.toISOString()).toBe('2026-10-13T00:00:00.000Z');
    const jazz = book?.parts[1];
    expect(jazz?.id).toBe('part-jazz-and-reliable-systems');
    expect(jazz?.contents).toMatchObject({ id: 'part-jazz-and-reliable-systems', text: 'Jazz and Reliable Systems' });
    expect(jazz?.contents.children?.map((entry) => entry.id).slice(0, 3)).toEqual([
      'part-jazz-and-reliable-systems--tldr',
      'part-jazz-and-reliable-systems--why-this-matters-in-production',
      'part-jazz-and-reliable-systems--framework',
    ]);
    expect(jazz?.contents.children?.map((entry) => entry.text)).toEqual(jazz?.route.toc.map((entry) => entry.text));
    expect(jazz?.placement.href('/insights/five-failure-modes/#takeaways')).toBe('#part-five-failure-modes--takeaways');
    expect(book?.stylesheet).toContain('@page part-jazz-and-reliable-systems {\n    @top-center {\n      content: "Jazz and Reliable Systems";');
  });

  it('leaves out drafts, and has a new cache key when a part changes', () => {
    const withDraft = entries.map((entry) => (entry.id === 'policy-gated-ai' ? { ...entry, data: { ...entry.data, draft: true } } : entry));
    const drafted = build({ entries: withDraft }).books[0];
    expect(drafted?.parts.map((part) => part.route.slug)).toEqual(['five-failure-modes', 'jazz-and-reliable-systems']);
    expect(drafted?.stylesheet).not.toContain('Policy-Gated AI');
    expect(drafted?.cacheKey).not.toBe(book?.cacheKey);
    // A changed body is a new digest of the file.
    const edited = entries.map((entry) => (entry.id === 'five-failure-modes' ? { ...entry, digest: 'five-failure-modes@2' } : entry));
    expect(build({ entries: edited }).books[0]?.cacheKey).not.toBe(book?.cacheKey);
    expect(build().books[0]?.cacheKey).toBe(book?.cacheKey);
  });

  it('refuses to key a page whose entry has no digest, which stands for its body', () => {
    const undigested = entries.map((entry) => (entry.id === 'five-failure-modes' ? { id: entry.id, data: entry.data } : entry));
    expect(() => build({ entries: undigested }).books[0]?.cacheKey).toThrow('five-failure-modes: no content digest');
  });
});

describe('which articles are published', () => {
  const withDraft = entries.map((entry) => (entry.id === 'policy-gated-ai' ? { ...entry, data: { ...entry.data, draft: true } } : entry));
  it('leaves drafts out of a build, with their neighbours relinked, and keeps them in the dev server', () => {
    const site = build({ entries: withDraft });
    expect(site.articles.map((route) => route.slug)).not.toContain('policy-gated-ai');
    expect(seedOf(site).next).toBeUndefined();
    expect(site.series[0]?.articles).toHaveLength(2);
    expect(build({ entries: withDraft, publishing: { ...published, includeDrafts: true } }).articles).toHaveLength(3);
  });
  it('leaves out articles dated after the build time', () => {
    expect(build({ publishing: { ...published, now: '2026-10-07T00:00:00.000Z' } }).articles.map((route) => route.slug)).toEqual([
      'five-failure-modes',
      'jazz-and-reliable-systems',
    ]);
  });
});

describe('cache keys', () => {
  const before = seedOf(build());
  it('change for the article page when a neighbour is renamed, not for its scorecard and checklist', () => {
    const renamed = entries.map((entry) => (entry.id === 'policy-gated-ai' ? { ...entry, data: { ...entry.data, title: 'Policy Gates' } } : entry));
    const after = seedOf(build({ entries: renamed }));
    expect(after.cacheKeys.article).not.toBe(before.cacheKeys.article);
    expect(after.cacheKeys.companions).toBe(before.cacheKeys.companions);
  });
  it('change for every page of an article when its data changes, and are stable otherwise', () => {
    const edited = entries.map((entry) =>
      entry.id === 'jazz-and-reliable-systems' ? { ...entry, data: { ...entry.data, checklist: ['One thing.'] } } : entry,
    );
    const after = seedOf(build({ entries: edited }));
    expect(after.cacheKeys.companions).not.toBe(before.cacheKeys.companions);
    expect(after.cacheKeys.article).not.toBe(before.cacheKeys.article);
    expect(seedOf(build()).cacheKeys).toEqual(before.cacheKeys);
  });
});

describe('another insights path', () => {
  it('moves every computed path with it', () => {
    const seed = seedOf(build({ config: { ...siteConfig, insightsPath: '/playbooks/' } }));
    expect(Object.values(seed.pages).every((path) => path.startsWith('/playbooks/jazz-and-reliable-systems/'))).toBe(true);
    expect(seed.previous?.path).toBe('/playbooks/five-failure-modes/');
    expect(seed.series?.path).toBe('/playbooks/series/reliable-operations/');
    expect(seed.series?.bookPath).toBe('/playbooks/series/reliable-operations/book/');
    expect(seed.summary.tags[0]?.path).toBe('/playbooks/tags/reliability/');
  });
});

describe('listings of many articles', () => {
  // The shipped three articles, copied under new ids and dates: 50 articles, a day apart.
  const many: ArticleEntry[] = Array.from({ length: 50 }, (_, index) => {
    const source = entries[index % entries.length]!;
    const published = new Date(Date.UTC(2026, 0, 1 + index));
    return { ...source, id: `${source.id}-${index}`, data: { ...source.data, published, title: `${source.data.title} ${index}` } };
  });
  const site = build({ entries: many });

  it('cut the insights index into pages of 24, newest first, linked both ways', () => {
    expect(site.insightsPages.map((page) => [page.number, page.of, page.articles.length, page.path, page.previous, page.next])).toEqual([
      [1, 3, 24, '/insights/', undefined, '/insights/page/2/'],
      [2, 3, 24, '/insights/page/2/', '/insights/', '/insights/page/3/'],
      [3, 3, 2, '/insights/page/3/', '/insights/page/2/', undefined],
    ]);
    expect(site.insightsPages.flatMap((page) => page.articles)).toEqual(site.newestFirst);
  });

  it('give every article up to three related ones that share its series or tags, and never itself', () => {
    for (const route of site.articles) {
      expect(route.related.length).toBeGreaterThan(0);
      expect(route.related.length).toBeLessThanOrEqual(3);
      expect(route.related.map((related) => related.slug)).not.toContain(route.slug);
    }
  });

  it('feature the series with the newest part', () => {
    expect(site.featuredSeries?.name).toBe('Reliable Operations');
    expect(build({ entries: [] }).featuredSeries).toBeUndefined();
    expect(build({ entries: [] }).insightsPages).toEqual([{ number: 1, of: 1, path: '/insights/', previous: undefined, next: undefined, articles: [] }]);
  });
});

describe('related playbooks of the shipped articles', () => {
  it('list the others of the seed by series and shared tags, with what a card shows', () => {
    const seed = seedOf(build());
    expect(seed.related.map((related) => related.slug)).toEqual(['five-failure-modes', 'policy-gated-ai']);
    expect(seed.related[0]).toMatchObject({
      framework: expect.any(String),
      readingMinutes: expect.any(Number),
      image: { path: '/insights/five-failure-modes/og.png' },
    });
  });

  it('follow every save of the dev server, which makes the data again from the edited entries', () => {
    expect(seedOf(build()).related.map((related) => related.slug)).toEqual(['five-failure-modes', 'policy-gated-ai']);
    // A new title keeps the choice but shows in the card; a tag taken away changes the choice.
    const retitled = entries.map((entry) => (entry.id === 'five-failure-modes' ? { ...entry, data: { ...entry.data, title: 'Five Failures' } } : entry));
    expect(seedOf(build({ entries: retitled })).related[0]).toMatchObject({ slug: 'five-failure-modes', title: 'Five Failures' });
    const seedTags = entries.find((entry) => entry.id === 'jazz-and-reliable-systems')!.data.tags;
    const policy = entries.find((entry) => entry.id === 'policy-gated-ai')!;
    expect(policy.data.tags.some((tag) => seedTags.includes(tag))).toBe(true);
    const untagged = entries.map((entry) =>
      entry.id === 'policy-gated-ai' ? { ...entry, data: { ...entry.data, series: undefined, tags: ['gateways'] } } : entry,
    );
    expect(seedOf(build({ entries: untagged })).related.map((related) => related.slug)).toEqual(['five-failure-modes']);
    expect(seedOf(build()).related.map((related) => related.slug)).toEqual(['five-failure-modes', 'policy-gated-ai']);
  });

  it('change the article page cache key when a related article is renamed', () => {
    const before = seedOf(build()).cacheKeys.article;
    const renamed = entries.map((entry) => (entry.id === 'five-failure-modes' ? { ...entry, data: { ...entry.data, title: 'Five Failures' } } : entry));
    expect(seedOf(build({ entries: renamed })).cacheKeys.article).not.toBe(before);
  });
});

describe('upkeep of the shipped articles', () => {
  const asOf = (now: string) => ({ includeDrafts: false, now });
  const sources = {
    'five-failure-modes': { path: 'sites/ops/content/insights/five-failure-modes.mdx', lastChanged: '2026-11-30T23:30:00.000Z' },
    'policy-gated-ai': { path: 'sites/ops/content/insights/policy-gated-ai.mdx', lastChanged: '2026-10-14T23:30:00.000Z' },
  };
  const site = build({ publishing: asOf('2026-12-06T12:00:00Z'), sources });
  const routeOf = (slug: string) => site.articles.find((route) => route.slug === slug)!;

  it('gives each article its owner, review state and the last change: from git, else the updated or published date', () => {
    const fresh = routeOf('five-failure-modes');
    expect(fresh.upkeep).toMatchObject({ owner: 'SRE guild', state: 'current', due: new Date('2027-02-05T00:00:00Z') });
    // The day in the site's time zone: London keeps UTC in winter and is an hour ahead in summer time.
    expect(fresh.upkeep.lastChanged).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(routeOf('policy-gated-ai').upkeep.lastChanged).toEqual(new Date('2026-10-15T00:00:00Z'));
    expect(fresh.upkeep.editUrl).toBe('https://github.com/fixture-ops/playbooks/edit/main/sites/ops/content/insights/five-failure-modes.mdx');
    const plain = routeOf('jazz-and-reliable-systems');
    expect(plain.upkeep).toMatchObject({ owner: 'Operations team', reviewed: undefined, state: 'current', lastChanged: plain.entry.data.published });
    expect(plain.upkeep.editUrl).toBeUndefined();
    expect(routeOf('policy-gated-ai').upkeep).toMatchObject({ owner: 'Platform security team', state: 'overdue', daysLeft: -24 });
  });

  it('publishes the review feed most urgent first, as of the build day', () => {
    expect(site.reviewFeed.asOf).toBe('2026-12-06');
    expect(site.reviewFeed.playbooks.map((entry) => [entry.slug, entry.state])).toEqual([
      ['policy-gated-ai', 'overdue'],
      ['five-failure-modes', 'current'],
      ['jazz-and-reliable-systems', 'current'],
    ]);
    expect(site.reviewFeed.playbooks[1]?.drills.filter((drill) => drill.state === 'overdue').map((drill) => drill.id)).toEqual(['cascading-dependency']);
  });

  it('renders the pages again when the review state they show changes, not every day', () => {
    const keys = (now: string) => build({ publishing: asOf(now), sources }).articles.map((route) => route.cacheKeys.companions);
    expect(keys('2026-12-07T12:00:00Z')).toEqual(keys('2026-12-08T12:00:00Z'));
    // Five Failure Modes's review, due on 5 February 2027, is due soon from 6 January on.
    expect(keys('2027-01-05T12:00:00Z')).not.toEqual(keys('2027-01-06T12:00:00Z'));
  });
});

describe('route data of one language of a site in several', () => {
  const german: SiteLocale = { key: 'de', lang: 'de-DE', label: 'Deutsch', dir: 'ltr', prefix: '/de/' };
  const locales = [rootLocale(siteConfig.language), german];
  const config = configInLocale({ ...siteConfig, locales }, german);
  const original = entries.find((entry) => entry.id === 'jazz-and-reliable-systems')!;
  // The German site shows its translation of the jazz article, and the two it has none of.
  const translation: ArticleEntry = { ...original, id: 'de/jazz-and-reliable-systems', data: { ...original.data, title: 'Jazz und zuverlässige Systeme' } };
  const site = build({ entries: [...entries.filter((entry) => entry !== original), translation], config });

  it('gives every article its pages under the language’s prefix; an untranslated one its original’s canonical URL and image', () => {
    const jazz = seedOf(site);
    expect(jazz.pages.article).toBe('/de/insights/jazz-and-reliable-systems/');
    // Written in the page's language: nothing marks it as another's.
    expect(jazz.summary.untranslated).toBeUndefined();
    expect(jazz.canonicalUrl).toBe('https://playbooks.example.org/de/insights/jazz-and-reliable-systems/');
    const untranslated = site.articles.find((route) => route.slug === 'five-failure-modes')!;
    expect(untranslated.pages.article).toBe('/de/insights/five-failure-modes/');
    expect(untranslated.canonicalUrl).toBe('https://playbooks.example.org/insights/five-failure-modes/');
    expect(untranslated.meta.checklist.canonicalPath).toBe('/insights/five-failure-modes/checklist/');
    expect(untranslated.summary.image.path).toBe('/insights/five-failure-modes/og.png');
    expect(untranslated.summary.untranslated).toEqual({ lang: 'en-GB', dir: 'ltr', label: 'English' });
    expect(untranslated.meta.scorecard.title).toBe(`${untranslated.template.data.title}: Selbsteinschätzung`);
  });

  it('feeds only the articles written in the language, and tells its own pages from the copies', () => {
    expect(site.newestInLanguage.map((article) => article.slug)).toEqual(['jazz-and-reliable-systems']);
    expect(site.teaserFeed.map((entry) => entry.url)).toEqual(['https://playbooks.example.org/de/insights/jazz-and-reliable-systems/']);
    expect(site.pagePaths.own.has('/de/insights/jazz-and-reliable-systems/scorecard/')).toBe(true);
    expect(site.pagePaths.own.has('/de/insights/five-failure-modes/')).toBe(false);
    expect(site.pagePaths.all.has('/de/insights/five-failure-modes/')).toBe(true);
    expect(site.pagePaths.own.has('/de/search/')).toBe(true);
  });
});
