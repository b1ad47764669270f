import { describe, expect, it } from 'vitest';
import { siteConfigSchema, type SetlistOptions } from '../../../src/schemas/site.ts';

const minimal: SetlistOptions = {
  title: 'T',
  description: 'D',
  baseUrl: 'https://example.org',
  author: { name: 'A' },
  brand: { name: 'B', tagline: 'Tag' },
  insightsPath: '/insights/',
  searchPath: '/search/',
};

const withColors = (colors: unknown) => ({ ...minimal, brand: { ...minimal.brand, colors } });

describe('brand.colors', () => {
  it('defaults to the light and dark palettes when the config leaves them out', () => {
    const { colors } = siteConfigSchema.parse(minimal).brand;
    expect(colors.light).toEqual({
      bg: '#ffffff',
      surface: '#f4f6f8',
      text: '#1b1f24',
      muted: '#4a5563',
      border: '#c9d1da',
      accent: '#1f4e79',
      accentText: '#ffffff',
      link: '#0b57a3',
      focus: '#b4530a',
      mark: '#fff1a8',
    });
    expect(colors.dark.bg).toBe('#12161b');
    expect(colors.dark.accentText).toBe('#0d1a26');
  });

  it('keeps the default of every role a theme leaves out', () => {
    const { colors } = siteConfigSchema.parse(withColors({ light: { accent: '#AA0000', link: '#a00' } })).brand;
    expect(colors.light.accent).toBe('#AA0000');
    expect(colors.light.link).toBe('#a00');
    expect(colors.light.bg).toBe('#ffffff');
    expect(colors.dark.accent).toBe('#8cc4f5');
  });

  it('accepts only hex colours, and names the field', () => {
    const result = siteConfigSchema.safeParse(withColors({ dark: { accent: 'red; } body { display: none' } }));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ['brand', 'colors', 'dark', 'accent'], message: 'expected a hex colour such as "#1f4e79"' }]);
  });

  it('rejects a role it does not know, so a typo is caught', () => {
    const result = siteConfigSchema.safeParse(withColors({ light: { accnet: '#000000' } }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['accnet'], path: ['brand', 'colors', 'light'] });
  });
});
