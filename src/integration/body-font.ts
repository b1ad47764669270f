/**
 * The text face of every Setlist page: Inter, the variable font (every weight in one file), the
 * face the preview images are drawn in. Served from the site through Astro's Fonts API, which
 * writes the @font-face rules, a preload link and a fallback face with Inter's metrics (so the
 * text does not move when the font arrives), and adds its style's hash to the
 * Content-Security-Policy. Only the Latin subset: text in other scripts is drawn by the
 * fallback stack, and fetches nothing.
 */
import { fileURLToPath } from 'node:url';
import { fontProviders } from 'astro/config';
import { bodyFontVariable } from '../domain/page-ids.ts';

/** What Fontsource's Latin subset covers, as its own stylesheet says. */
const latinRange =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

const fontFile = (name: string) => fileURLToPath(new URL(`files/${name}`, import.meta.resolve('@fontsource-variable/inter/LICENSE')));

/** Astro's `fonts` entry for the text face. */
export function bodyFont() {
  return {
    provider: fontProviders.local(),
    name: 'Inter',
    cssVariable: bodyFontVariable,
    fallbacks: ['system-ui', 'sans-serif'],
    options: {
      variants: [
        {
          src: [fontFile('inter-latin-wght-normal.woff2')] as [string],
          weight: '100 900',
          style: 'normal' as const,
          display: 'swap' as const,
          unicodeRange: [latinRange] as [string],
        },
      ],
    },
  };
}
