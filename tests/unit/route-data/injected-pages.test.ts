import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePages } from '../../../src/domain/urls.ts';
import { injectedPages } from '../../../src/route-data/injected-pages.ts';
import { siteConfig } from '../../helpers/site-config.ts';
import { projectRoot } from '../../helpers/paths.ts';

describe('injected pages', () => {
  it('serve every page under the configured insights and search paths', () => {
    const patterns = injectedPages({ ...siteConfig, insightsPath: '/playbooks/', searchPath: '/find/' }).map((page) => page.pattern);
    expect(patterns).toEqual([
      '/',
      '/rss.xml',
      '/teasers.json',
      '/playbooks/[...page]',
      '/playbooks/[slug]',
      '/playbooks/[slug]/scorecard',
      '/playbooks/[slug]/checklist',
      '/playbooks/[slug]/carousel',
      '/playbooks/[slug]/og.png',
      '/og.png',
      '/playbooks/tags',
      '/playbooks/tags/[tag]',
      '/playbooks/series',
      '/playbooks/series/[series]',
      '/playbooks/series/[series]/book',
      '/playbooks/series/[series]/book/running-heads.css',
      '/find',
      '/404',
      '/reviews.json',
      '/robots.txt',
    ]);
  });
  it('match the paths the links are made with', () => {
    const pages = articlePages(siteConfig, 'some-article');
    const patterns = injectedPages(siteConfig).map((page) => page.pattern.replace('[slug]', 'some-article'));
    for (const path of Object.values(pages)) expect(patterns).toContain(path.replace(/\/$/, ''));
  });
  it('leave the preview images to the build, which draws them beside Astro', () => {
    const devOnly = injectedPages(siteConfig).filter((page) => page.devOnly);
    expect(devOnly.map((page) => page.entrypoint)).toEqual(['article-og-image.ts', 'site-og-image.ts']);
  });
  it('each have an entry file in src/routes/', () => {
    for (const page of injectedPages(siteConfig)) expect(existsSync(join(projectRoot, 'src/routes', page.entrypoint)), page.entrypoint).toBe(true);
  });
});
