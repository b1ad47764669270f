import { describe, expect, it } from 'vitest';
import { headFor, type HeadTag } from '../../../src/route-data/head.ts';
import { siteConfig } from '../../helpers/site-config.ts';

const valueOf = (tags: HeadTag[], key: string): string[] =>
  tags.flatMap((tag) => {
    if (tag.tag === 'link') return tag.rel === key ? [tag.href] : [];
    return ('name' in tag ? tag.name : tag.property) === key ? [tag.content] : [];
  });

describe('head of an article page', () => {
  const head = headFor(
    {
      title: 'Jazz and Reliable Systems',
      description: 'A <b>band</b>.',
      path: '/insights/jazz-and-reliable-systems/',
      image: { path: '/insights/jazz-and-reliable-systems/og.png', alt: 'Jazz card' },
      article: { published: new Date('2026-10-06T00:00:00Z'), updated: undefined, tags: ['reliability', 'leadership'] },
    },
    siteConfig,
  );
  it('names the page after the site, with its canonical URL and preview card', () => {
    expect(head.title).toBe(`Jazz and Reliable Systems | ${siteConfig.title}`);
    expect(valueOf(head.tags, 'canonical')).toEqual(['https://playbooks.example.org/insights/jazz-and-reliable-systems/']);
    expect(valueOf(head.tags, 'og:url')).toEqual(['https://playbooks.example.org/insights/jazz-and-reliable-systems/']);
    expect(valueOf(head.tags, 'og:type')).toEqual(['article']);
    expect(valueOf(head.tags, 'og:image')).toEqual(['https://playbooks.example.org/insights/jazz-and-reliable-systems/og.png']);
    expect(valueOf(head.tags, 'og:image:width')).toEqual(['1200']);
    expect(valueOf(head.tags, 'twitter:image:alt')).toEqual(['Jazz card']);
    expect(valueOf(head.tags, 'article:tag')).toEqual(['reliability', 'leadership']);
    expect(valueOf(head.tags, 'article:modified_time')).toEqual(['2026-10-06T00:00:00.000Z']);
  });
  it('carries JSON-LD that matches the page and cannot close its script tag', () => {
    expect(head.jsonLd).not.toContain('<');
    const ld = JSON.parse(head.jsonLd ?? '{}') as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'Jazz and Reliable Systems',
      url: 'https://playbooks.example.org/insights/jazz-and-reliable-systems/',
      keywords: 'reliability, leadership',
    });
    expect(ld.description).toBe('A <b>band</b>.');
  });
});

describe('head of other pages', () => {
  it('keeps a page without a URL of its own (404) out of search engines, with the site card', () => {
    const head = headFor({ title: 'Page not found', description: 'Missing.', path: undefined }, siteConfig);
    expect(valueOf(head.tags, 'robots')).toEqual(['noindex']);
    expect(valueOf(head.tags, 'canonical')).toEqual([]);
    expect(valueOf(head.tags, 'og:url')).toEqual([]);
    expect(valueOf(head.tags, 'og:type')).toEqual(['website']);
    expect(valueOf(head.tags, 'og:image')).toEqual(['https://playbooks.example.org/og.png']);
    expect(head.jsonLd).toBeUndefined();
  });
  it('does not repeat the site title on the home page', () => {
    expect(headFor({ title: siteConfig.title, description: 'Home', path: '/' }, siteConfig).title).toBe(siteConfig.title);
  });
});
