import { describe, expect, it } from 'vitest';
import { publishedPaths } from '../../../src/route-data/published-paths.ts';
import { siteConfig } from '../../helpers/site-config.ts';
import { loadContent } from '../../helpers/content.ts';

const paths = publishedPaths(siteConfig, loadContent().articles, ['/favicon.svg', 'fonts/inter.woff2']);

describe('the pages a build publishes, for checking links before it', () => {
  it('include each series book with its stylesheet, and the anchors of every part in it', () => {
    const anchors = paths.get('/insights/series/reliable-operations/book/');
    expect(anchors).toBeDefined();
    expect(paths.has('/insights/series/reliable-operations/book/running-heads.css')).toBe(true);
    for (const id of [
      'main',
      'part-five-failure-modes',
      'part-jazz-and-reliable-systems--framework',
      'part-jazz-and-reliable-systems--step-contextual-handoff',
      'part-policy-gated-ai--why-this-matters-in-production',
    ]) {
      expect(anchors?.has(id), id).toBe(true);
    }
    expect(anchors?.has('framework')).toBe(false);
    expect(anchors?.has('part-jazz-and-reliable-systems--main')).toBe(false);
  });
  it('include the public files at the site root', () => {
    expect(paths.has('/favicon.svg')).toBe(true);
    expect(paths.has('/fonts/inter.woff2')).toBe(true);
  });
});
