/**
 * The text face of every Setlist page and of the carousel's slides: Inter, the variable font
 * (every weight in one file), the face the preview images are drawn in. Served from the site through Astro's Fonts API, which
 * writes the @font-face rules, a preload link and a fallback face with Inter's metrics (so the
 * text does not move when the font arrives), and adds its style's hash to the
 * Content-Security-Policy. Only Latin text: other characters are drawn by the fallback stack,
 * and fetch nothing.
 */
import { fileURLToPath } from 'node:url';
import { fontProviders } from 'astro/config';
import { bodyFontVariable, slideFontVariable } from '../domain/page-ids.ts';

/**
 * The characters in the file: Basic Latin, Latin-1, the typographer's punctuation (quotes, dashes,
 * ellipsis), arrows and the minus. The file is Fontsource's Inter Latin (weights 100-900), cut to
 * these characters and to weights 400-750 with fontTools, to be light enough to preload:
 *   pyftsubset inter-latin-wght-normal.woff2 --unicodes="<textRange>" --layout-features='kern,liga,calt,tnum,case' --flavor=woff2 --output-file=cut.woff2
 *   fonttools varLib.instancer cut.woff2 wght=400:750 -o inter-text-latin.woff2
 */
const textRange = 'U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+2190-2193,U+2212';

const textFile = fileURLToPath(new URL('../assets/fonts/inter-text-latin.woff2', import.meta.url));

/** An Astro `fonts` entry for Inter's Latin subset, read through `cssVariable`, shown as `display` says. */
const inter = (cssVariable: string, display: 'swap' | 'block') => ({
  provider: fontProviders.local(),
  name: 'Inter',
  cssVariable,
  fallbacks: ['system-ui', 'sans-serif'],
  options: {
    variants: [
      {
        src: [textFile] as [string],
        weight: '400 750',
        style: 'normal' as const,
        display,
        unicodeRange: [textRange] as [string],
      },
    ],
  },
});

/**
 * Astro's `fonts`: the same file twice. The text face is preloaded and swapped in (`swap`): the
 * page is drawn at once in the fallback face, whose metrics are Inter's, so the swap moves nothing
 * a reader notices (Lighthouse measures no shift on any page type). The carousel's slides,
 * pictures of a post that are printed to PDF, wait for it instead (`block`), so what is printed
 * is Inter.
 */
export function setlistFonts() {
  return [inter(bodyFontVariable, 'swap'), inter(slideFontVariable, 'block')];
}
