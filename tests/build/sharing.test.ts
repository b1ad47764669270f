import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/content.ts';
import { loadPage } from '../helpers/dist.ts';
import { contentWith } from '../helpers/fixture-content.ts';
import { distDir } from '../helpers/paths.ts';
import { runSetlist } from '../helpers/run.ts';

const origin = 'https://playbooks.example.org';
const articles = loadContent().articles;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The built file an absolute URL of this site points to. */
const fileOf = (url: string) => join(distDir, new URL(url).pathname);

describe.each(articles.map((article) => [article.slug, article] as const))('link preview of %s', (slug, article) => {
  const $ = loadPage(`/insights/${slug}/`);
  const meta = (property: string) => $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');
  const url = `${origin}/insights/${slug}/`;

  it('has canonical, Open Graph and Twitter tags that match the article', () => {
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    expect(meta('og:title')).toBe(article.data.title);
    expect(meta('og:description')).toBe(article.data.description);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:url')).toBe(url);
    expect(meta('og:site_name')).toBe('Fixture Ops');
    expect(meta('og:image')).toBe(`${url}og.png`);
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('627');
    expect(meta('og:image:alt')).toContain(article.data.title);
    expect(meta('article:published_time')).toBe(article.data.published.toISOString());
    expect(meta('article:modified_time')).toBe((article.data.updated ?? article.data.published).toISOString());
    expect(
      $('meta[property="article:tag"]')
        .map((_, tag) => $(tag).attr('content'))
        .get(),
    ).toEqual(article.data.tags);
    expect(meta('twitter:card')).toBe('summary_large_image');
  });

  it('has JSON-LD Article data that parses and matches the page', () => {
    const blocks = $('script[type="application/ld+json"]');
    expect(blocks.length).toBe(1);
    const data = JSON.parse(blocks.text());
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: $('h1').text(),
      description: meta('description'),
      datePublished: article.data.published.toISOString(),
      dateModified: (article.data.updated ?? article.data.published).toISOString(),
      author: { '@type': 'Person', name: 'Fixture Ops' },
      image: [meta('og:image')],
      url,
    });
  });

  it('has a generated 1200x627 PNG preview image', () => {
    expect(pngSize(fileOf(meta('og:image')!))).toEqual({ width: 1200, height: 627 });
  });

  it('shows the teaser with the canonical URL, a copy button and a plain LinkedIn share link', () => {
    const teaser = $('.teaser');
    expect(teaser.find('[data-teaser-text] p').first().text()).toBe(article.data.teaser);
    expect(teaser.find('[data-teaser-text] a').attr('href')).toBe(url);
    expect(teaser.find('[data-teaser-text]').text()).toContain(`Full article: ${url}`);
    expect(teaser.attr('data-post')).toBe(`${article.data.teaser}\n\nFull article: ${url}`);
    expect(teaser.find('button[data-copy]').text()).toBe('Copy teaser');
    const share = teaser.find('.share-actions a');
    expect(share.text()).toBe('Share on LinkedIn');
    expect(share.attr('href')).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`);
    expect(share.attr('rel')).toContain('noopener');
  });
});

describe('home and index previews', () => {
  it.each(['/', '/insights/'])('%s has its own meta and the site image', (path) => {
    const $ = loadPage(path);
    expect($('meta[property="og:type"]').attr('content')).toBe('website');
    expect($('meta[property="og:url"]').attr('content')).toBe(`${origin}${path}`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${origin}/og.png`);
    expect($('script[type="application/ld+json"]').length).toBe(0);
    expect(pngSize(join(distDir, 'og.png'))).toEqual({ width: 1200, height: 627 });
  });
});

describe('teaser feed', () => {
  it('/teasers.json lists every published article with title, URL, image, teaser, hook and date', () => {
    const feed = JSON.parse(readFileSync(join(distDir, 'teasers.json'), 'utf8'));
    expect(feed.map((entry: { title: string }) => entry.title)).toEqual(['Five Failure Modes', 'Jazz and Reliable Systems', 'Policy-Gated AI']);
    const seed = feed[1];
    expect(seed).toMatchObject({
      url: `${origin}/insights/jazz-and-reliable-systems/`,
      image: `${origin}/insights/jazz-and-reliable-systems/og.png`,
      published: '2026-10-06',
      // The whole seed teaser (two sentences, 171 characters) fits above LinkedIn's fold.
      hook: 'The best systems work I have seen feels more like a great band than a rigid machine. This post connects jazz ensemble principles to operational reliability and team trust.',
    });
    expect(existsSync(fileOf(seed.image))).toBe(true);
  });
  it('npm run teasers prints the posts ready to paste', () => {
    const result = runSetlist(['teasers']);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain('=== Jazz and Reliable Systems (published 2026-10-06)');
    expect(result.stdout).toContain('and team trust.\n\nFull article: https://playbooks.example.org/insights/jazz-and-reliable-systems/\n');
  });
});

describe('preview image cache', () => {
  const fixture = contentWith([]);
  afterAll(() => fixture.cleanup());
  const env = { SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') };
  const build = () => runSetlist(['build', '--outDir', join(fixture.dir, 'dist')], env);

  it('renders every image on a cold build and none on a rebuild with nothing changed', () => {
    const cold = build();
    expect(cold.status, cold.output).toBe(0);
    expect(cold.stdout.match(/\[og\] rendered /g)).toHaveLength(articles.length + 1);
    const warm = build();
    expect(warm.status, warm.output).toBe(0);
    expect(warm.stdout).not.toContain('[og] rendered');
    expect(pngSize(join(fixture.dir, 'dist/insights/jazz-and-reliable-systems/og.png'))).toEqual({ width: 1200, height: 627 });
  });
});

describe('preview images in other scripts', () => {
  const fixture = contentWith([
    { file: 'insights/jazz-and-reliable-systems.mdx', replace: [/^title: .*$/m, "title: 'Résilience d''équipe: 信頼性, Привет, தமிழ்'"] },
  ]);
  afterAll(() => fixture.cleanup());

  it('draw the scripts the fonts cover and warn, naming file, field and characters, about the rest', () => {
    const outDir = join(fixture.dir, 'dist');
    const result = runSetlist(['build', '--outDir', outDir], { SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(
      /insights\/jazz-and-reliable-systems\.mdx {2}title: no preview-image font draws "த" "ம" "ி" "ழ" "்"; the card shows a box for each/,
    );
    expect(result.output).not.toMatch(/no preview-image font draws "[信頼性ПриветRésilience]"/);
    expect(existsSync(join(outDir, 'insights/jazz-and-reliable-systems/og.png'))).toBe(true);
  });
});
