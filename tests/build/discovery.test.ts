import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { readBuiltPages } from '../../src/node/built-pages.ts';
import { loadContent } from '../helpers/content.ts';
import { loadPage } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

const origin = 'https://playbooks.example.org';
const published = loadContent().articles.filter((article) => !article.data.draft && article.data.published <= new Date());
const xml = new XMLParser();

describe('RSS feed', () => {
  it('lists every published article with title, description, link, date and categories, and nothing else', async () => {
    const feed = await new Parser().parseString(readFileSync(join(distDir, 'rss.xml'), 'utf8'));
    expect(feed.title).toBe('Fixture Playbooks');
    expect(feed.items.map((item) => item.link).sort()).toEqual(published.map((article) => `${origin}/insights/${article.slug}/`).sort());
    for (const article of published) {
      const item = feed.items.find((candidate) => candidate.link === `${origin}/insights/${article.slug}/`)!;
      expect(item.title).toBe(article.data.title);
      expect(item.contentSnippet ?? item.content).toBe(article.data.description);
      expect(new Date(item.pubDate!).toISOString()).toBe(article.data.published.toISOString());
      expect(item.categories).toEqual(article.data.tags.map((tag) => tag.toLowerCase()));
      expect(item.guid).toBe(item.link);
    }
  });
});

describe('sitemap and robots.txt', () => {
  const sitemapIndex = xml.parse(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'));
  const sitemapFiles = [sitemapIndex.sitemapindex.sitemap].flat().map((entry: { loc: string }) => new URL(entry.loc).pathname);
  const urls = sitemapFiles.flatMap((file) =>
    [xml.parse(readFileSync(join(distDir, file), 'utf8')).urlset.url].flat().map((entry: { loc: string }) => entry.loc),
  );

  it('lists every public page once, and not the 404 page', () => {
    const pages = readBuiltPages(distDir)
      .map((page) => page.path)
      .filter((path) => path !== '/404.html');
    expect([...urls].sort()).toEqual(pages.map((path) => `${origin}${path}`).sort());
    expect(new Set(urls).size).toBe(urls.length);
  });
  it('robots.txt points to it', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });
  it('every page links the feed and sitemap for auto-discovery', () => {
    for (const page of readBuiltPages(distDir)) {
      const $ = loadPage(page.path.endsWith('.html') ? page.path : page.path);
      expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href'), page.path).toBe('/rss.xml');
      expect($('link[rel="sitemap"]').attr('href'), page.path).toBe('/sitemap-index.xml');
    }
  });
});

describe('tags and series pages', () => {
  it('/insights/tags/ lists every tag with its count, and each tag page lists its articles', () => {
    const $ = loadPage('/insights/tags/');
    const listed = $('.tag-index li')
      .map((_, li) => $(li).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(listed[0]).toBe('operating model (3 articles)');
    expect(listed).toContain('reliability (2 articles)');
    expect(listed).toContain('risk (1 article)');
    const tagPage = loadPage('/insights/tags/operating-model/');
    expect(tagPage('h1').text()).toBe('Tagged “operating model”');
    expect(
      tagPage('.card h2 a')
        .map((_, a) => tagPage(a).text())
        .get(),
    ).toEqual(['Policy-Gated AI', 'Jazz and Reliable Systems', 'Five Failure Modes']);
  });
  it('tags on articles link to their tag pages and are search filters', () => {
    const $ = loadPage('/insights/jazz-and-reliable-systems/');
    const links = $('.article-header .tag-list a');
    expect(links.map((_, a) => $(a).attr('href')).get()).toEqual([
      '/insights/tags/reliability/',
      '/insights/tags/incident-response/',
      '/insights/tags/leadership/',
      '/insights/tags/operating-model/',
    ]);
    expect(links.first().attr('data-pagefind-filter')).toBe('tag');
    expect($('[data-pagefind-filter="framework"]').text()).toBe('Ensemble Reliability Discipline');
    expect($('.step h3').first().attr('data-pagefind-weight')).toBe('4');
  });
  it('the series page lists the series in order, and articles say which part they are', () => {
    const $ = loadPage('/insights/series/reliable-operations/');
    expect(
      $('ol.series-list .card h2 a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['Five Failure Modes', 'Jazz and Reliable Systems', 'Policy-Gated AI']);
    expect($('main a[href="/insights/series/reliable-operations/book/"]').text()).toBe('The whole series as one book');
    const seed = loadPage('/insights/jazz-and-reliable-systems/');
    expect(seed('.series-place').text().replace(/\s+/g, ' ').trim()).toBe('Part 2 of 3 in the series Reliable Operations · all parts in one printable book');
    expect(
      seed('.series-place a')
        .map((_, a) => seed(a).attr('href'))
        .get(),
    ).toEqual(['/insights/series/reliable-operations/', '/insights/series/reliable-operations/book/']);
  });
});
