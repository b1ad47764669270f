/**
 * The brand palette (`brand.colors` in the site config) as the site and the preview image use
 * it: CSS custom properties for the stylesheet, and colour mixing for the image.
 */
import type { BrandColors, BrandPalette } from '../schemas/site.ts';
import { themeAttribute } from './theme.ts';

/** A palette role's CSS custom property: `accentText` → `--accent-text`. */
export function customPropertyName(role: string): string {
  return `--${role.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function declarations(palette: BrandPalette, indent: string): string {
  return Object.entries(palette)
    .map(([role, color]) => `${indent}${customPropertyName(role)}: ${color};`)
    .join('\n');
}

/** The class that keeps an element in the light palette whatever the reader's scheme. */
export const brandLightClass = 'brand-light';

/**
 * The stylesheet that defines the palette: the light set on `:root`; on screen, the dark set
 * when the reader pinned dark in the theme switch, or prefers a dark scheme and pinned nothing.
 * Paper always gets the light set. All in the `brand` cascade layer, below the base and page
 * layers that use the colours (src/styles/base.css declares the same order).
 */
export function brandCss(colors: BrandColors): string {
  const pinned = (theme: 'light' | 'dark') => `:root[${themeAttribute}='${theme}']`;
  return [
    '/* Brand colours, generated from brand.colors in src/site.config.ts. */',
    '@layer brand, base, page;',
    '',
    '@layer brand {',
    '  :root {',
    '    color-scheme: light dark;',
    declarations(colors.light, '    '),
    '  }',
    '',
    `  ${pinned('light')} {`,
    '    color-scheme: light;',
    '  }',
    '',
    '  @media screen and (prefers-color-scheme: dark) {',
    `    :root:not([${themeAttribute}='light']) {`,
    declarations(colors.dark, '      '),
    '    }',
    '  }',
    '',
    '  @media screen {',
    `    ${pinned('dark')} {`,
    '      color-scheme: dark;',
    declarations(colors.dark, '      '),
    '    }',
    '  }',
    '',
    '  @media print {',
    '    :root {',
    '      color-scheme: light;',
    '    }',
    '  }',
    '',
    `  /* What is the same document in light and dark, and on paper (carousel slides): the light set. */`,
    `  .${brandLightClass} {`,
    declarations(colors.light, '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}

function channels(hex: string): [number, number, number] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) throw new Error(`not a hex colour: ${hex}`);
  return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)) as [number, number, number];
}

/** `a` and `b` mixed in sRGB, `weightOfA` of `a` (0 to 1), as `#rrggbb`. */
export function mixHex(a: string, b: string, weightOfA: number): string {
  const [from, to] = [channels(a), channels(b)];
  const mixed = from.map((channel, index) => Math.round(channel * weightOfA + to[index]! * (1 - weightOfA)));
  return `#${mixed.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}
