import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyFontVariable, slideFontVariable } from '../../../src/domain/page-ids.ts';
import { describe, expect, it } from 'vitest';
import { brandCss, customPropertyName, mixHex } from '../../../src/domain/brand-colors.ts';
import { brandColorsSchema } from '../../../src/schemas/site.ts';

const defaults = brandColorsSchema.parse(undefined);

describe('customPropertyName', () => {
  it('turns a palette role into its CSS custom property', () => {
    expect(customPropertyName('bg')).toBe('--bg');
    expect(customPropertyName('accentText')).toBe('--accent-text');
  });
});

describe('brandCss', () => {
  // The default light palette, as both :root and .brand-light declare it.
  const lightSet = `    --bg: #ffffff;
    --surface: #f4f6f8;
    --text: #1b1f24;
    --muted: #4a5563;
    --border: #c9d1da;
    --accent: #1f4e79;
    --accent-text: #ffffff;
    --link: #0b57a3;
    --focus: #b4530a;
    --mark: #fff1a8;
`;

  const darkSet = `      --bg: #12161b;
      --surface: #1c232b;
      --text: #e8ecf0;
      --muted: #aab4bf;
      --border: #3a4652;
      --accent: #8cc4f5;
      --accent-text: #0d1a26;
      --link: #8cc4f5;
      --focus: #ffb366;
      --mark: #5c4b00;
`;

  it('writes the light set on :root; on screen the dark set for a dark system setting unless light is pinned, and for dark pinned; light on paper and for .brand-light; in the brand layer', () => {
    expect(brandCss(defaults)).toBe(`/* Brand colours, generated from brand.colors in src/site.config.ts. */
@layer brand, base, page;

@layer brand {
  :root {
    color-scheme: light dark;
${lightSet}  }

  :root[data-theme='light'] {
    color-scheme: light;
  }

  @media screen and (prefers-color-scheme: dark) {
    :root:not([data-theme='light']) {
${darkSet}    }
  }

  @media screen {
    :root[data-theme='dark'] {
      color-scheme: dark;
${darkSet}    }
  }

  @media print {
    :root {
      color-scheme: light;
    }
  }

  /* What is the same document in light and dark, and on paper (carousel slides): the light set. */
  .brand-light {
${lightSet}  }
}
`);
  });

  it('writes a colour changed in the config where the theme says, and nowhere else', () => {
    const css = brandCss(brandColorsSchema.parse({ light: { accent: '#aa0000' }, dark: { accentText: '#00bb00' } }));
    const [light, dark] = css.split('@media screen and (prefers-color-scheme: dark)');
    expect(light).toContain('    --accent: #aa0000;\n');
    expect(light).toContain('    --accent-text: #ffffff;\n');
    expect(dark).toContain('      --accent: #8cc4f5;\n');
    expect(dark).toContain('      --accent-text: #00bb00;\n');
  });

  it('defines every custom property the stylesheets use, apart from the base ones (scale, spacing, layout) and the text face, or the stylesheet that uses it does', () => {
    const stylesDir = join(import.meta.dirname, '../../../src/styles');
    const files = readdirSync(stylesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
    const sheets = files.map((file) => readFileSync(join(stylesDir, file), 'utf8'));
    const used = new Set(sheets.flatMap((sheet) => [...sheet.matchAll(/var\((--[a-z0-9-]+)[,)]/g)].map((match) => match[1]!)));
    // A stylesheet's own properties (code tokens, callout kinds) are set where they are used.
    const ownProperties = sheets.flatMap((sheet) => [...sheet.matchAll(/(--(?:code|callout)-[a-z-]+):/g)].map((match) => match[1]!));
    const baseProperties = [...readFileSync(join(stylesDir, 'base.css'), 'utf8').matchAll(/^\s*(--[a-z0-9-]+):/gm)].map((match) => match[1]!);
    const defined = new Set([...[...brandCss(defaults).matchAll(/(--[a-z-]+):/g)].map((match) => match[1]!), ...ownProperties, ...baseProperties]);
    // The faces' properties are set by Astro's Fonts API in each page's head (src/integration/body-font.ts).
    expect([...used].filter((name) => !defined.has(name)).sort()).toEqual([bodyFontVariable, slideFontVariable]);
  });
});

describe('mixHex', () => {
  it('mixes two colours channel by channel in sRGB', () => {
    expect(mixHex('#ffffff', '#1f4e79', 0.8)).toBe('#d2dce4');
    expect(mixHex('#000', '#fff', 0.5)).toBe('#808080');
    expect(mixHex('#1f4e79', '#ffffff', 1)).toBe('#1f4e79');
    expect(mixHex('#1f4e79', '#FFFFFF', 0)).toBe('#ffffff');
  });

  it('rejects anything but a hex colour', () => {
    expect(() => mixHex('red', '#ffffff', 0.5)).toThrow('not a hex colour: red');
  });
});
