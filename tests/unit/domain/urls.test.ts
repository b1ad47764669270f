import { describe, expect, it } from 'vitest';
import { slugFromPath } from '../../../src/domain/slug.ts';
import { absoluteUrl, articlePath, canonicalArticleUrl } from '../../../src/domain/urls.ts';
import { siteConfigSchema } from '../../../src/schemas/site.ts';
import { siteConfig } from '../../helpers/site-config.ts';

const options = {
  title: 'T',
  description: 'D',
  baseUrl: 'https://example.org/',
  author: { name: 'A' },
  brand: { name: 'B', tagline: 'Tag' },
  insightsPath: '/insights/',
  searchPath: '/search/',
};
const config = siteConfigSchema.parse(options);

describe('urls', () => {
  it('derives article paths and canonical URLs from the config and slug', () => {
    expect(articlePath(config, 'jazz')).toBe('/insights/jazz/');
    expect(canonicalArticleUrl(config, 'jazz')).toBe('https://example.org/insights/jazz/');
    expect(absoluteUrl(config, '/')).toBe('https://example.org/');
  });
  it('gives the seed article the canonical URL its teaser names', () => {
    expect(canonicalArticleUrl(siteConfig, 'jazz-and-reliable-systems')).toBe('https://playbooks.example.org/insights/jazz-and-reliable-systems/');
  });
});

describe('site config schema', () => {
  it('rejects a base URL that is not a URL and an insights path without slashes', () => {
    const result = siteConfigSchema.safeParse({ ...options, baseUrl: 'playbooks.example.org', insightsPath: 'insights' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['baseUrl', 'insightsPath']);
  });
});

describe('slugs', () => {
  it('takes the file name without folders or extension', () => {
    expect(slugFromPath('content/insights/2026/jazz-and-reliable-systems.mdx')).toBe('jazz-and-reliable-systems');
    expect(slugFromPath('policy-gated-ai.mdx')).toBe('policy-gated-ai');
  });
});
