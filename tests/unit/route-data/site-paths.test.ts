import { describe, expect, it } from 'vitest';
import { siteRoutes } from '../../../src/route-data/site-paths.ts';
import { siteConfig } from '../../helpers/site-config.ts';
import { loadContent } from '../../helpers/content.ts';

const routes = siteRoutes(siteConfig, loadContent().articles, []);

describe('the pages a build publishes, for checking links before it', () => {
  it('include each series book with its stylesheet, and the anchors of every part in it', () => {
    const anchors = routes.paths.get('/insights/series/reliable-operations/book/');
    expect(anchors).toBeDefined();
    expect(routes.paths.has('/insights/series/reliable-operations/book/running-heads.css')).toBe(true);
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
});
