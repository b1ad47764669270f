import { describe, expect, it } from 'vitest';
import { brandCss } from '../../../src/domain/brand-colors.ts';
import { setlistModulesPlugin } from '../../../src/integration/virtual-modules.ts';
import type { ContentState } from '../../../src/route-data/content-state.ts';
import { siteConfigSchema } from '../../../src/schemas/site.ts';

const config = siteConfigSchema.parse({
  title: 'T',
  description: 'D',
  baseUrl: 'https://example.org/',
  author: { name: 'A' },
  brand: { colors: { light: { accent: '#123456' } } },
});

describe('the modules the integration hands to the pages', () => {
  let state: ContentState | undefined;
  const plugin = setlistModulesPlugin(config, () => state);
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (id: string) => string | undefined;
  const loaded = (id: string) => load(resolveId(id)!) ?? '';

  it('serve the validated options, defaults filled in', () => {
    const module = loaded('virtual:setlist/config');
    const siteConfig = JSON.parse(module.replace(/^export const siteConfig = /, '').replace(/;$/, '')) as typeof config;
    expect(siteConfig).toEqual(config);
    expect(siteConfig.brand).toMatchObject({ name: 'T', tagline: 'D' });
    expect(siteConfig.insightsPath).toBe('/insights/');
  });

  it('serve the palette as a stylesheet module', () => {
    const resolved = resolveId('virtual:setlist/brand.css');
    // Vite treats a module as CSS by its ending.
    expect(resolved).toMatch(/\.css$/);
    const css = load(resolved!);
    expect(css).toBe(brandCss(config.brand.colors));
    expect(css).toContain('--accent: #123456;');
  });

  it('serve the content state as it is when the module loads, and refuse to serve none', () => {
    expect(() => loaded('virtual:setlist/content-state')).toThrow(/content state is missing/);
    state = { errors: [], summary: '✓ content', outlines: {}, live: true, publishing: { includeDrafts: true, now: '2026-12-05T00:00:00.000Z' } };
    expect(loaded('virtual:setlist/content-state')).toBe(`export default ${JSON.stringify(state)};`);
  });

  it('leave every other module alone', () => {
    expect(resolveId('./base.css')).toBeUndefined();
    expect(load('/src/styles/base.css')).toBeUndefined();
  });
});
