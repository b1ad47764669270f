import { describe, expect, it } from 'vitest';
import { brandCss } from '../../../src/domain/brand-colors.ts';
import { brandCssModuleId, brandCssPlugin } from '../../../src/integration/brand-css.ts';
import { siteConfigSchema } from '../../../src/schemas/site.ts';

const colors = siteConfigSchema.shape.brand.shape.colors.parse({ light: { accent: '#123456' } });

describe('brandCssPlugin', () => {
  const plugin = brandCssPlugin(colors);
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (id: string) => string | undefined;

  it('serves the palette from the config as a stylesheet module', () => {
    expect(brandCssModuleId).toBe('virtual:setlist/brand.css');
    const resolved = resolveId(brandCssModuleId);
    // Vite treats a module as CSS by its ending.
    expect(resolved).toMatch(/\.css$/);
    const css = load(resolved!);
    expect(css).toBe(brandCss(colors));
    expect(css).toContain('--accent: #123456;');
  });

  it('leaves every other module alone', () => {
    expect(resolveId('./base.css')).toBeUndefined();
    expect(load('/src/styles/base.css')).toBeUndefined();
  });
});
