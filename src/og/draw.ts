/**
 * Open Graph preview images (LinkedIn and friends): one 1200x627 PNG per article, drawn from a
 * plain element tree by satori (tree → SVG) and resvg (SVG → PNG). No browser, no network: the
 * fonts ship in `src/assets/fonts/`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { mixHex } from '../domain/brand-colors.ts';
import type { BrandPalette } from '../schemas/site.ts';

export interface OgImageInput {
  title: string;
  /** Shown as "Framework: <name>" above the title; site-level cards (home, index) have none. */
  frameworkName?: string;
  brandName: string;
  brandTagline: string;
  /** Bare host shown in the footer, e.g. "trlyptrk.com". */
  siteHost: string;
  /** The site's light palette (`brand.colors.light` in the site config): the card is always light. */
  colors: BrandPalette;
}

/** LinkedIn's recommended link-preview size (1.91:1). */
export const ogImageSize = { width: 1200, height: 627 } as const;

/**
 * Bump whenever the layout, sizing or colour-mixing rules change, so cached PNGs made with the
 * old design are not reused. The palette itself is part of every image's key.
 */
const ogDesignVersion = 2;

/* ---------- Fonts ---------- */

const fontFamily = 'Inter';

/** Latin subsets of Inter (OFL, from @fontsource/inter). WOFF, because satori cannot read WOFF2. */
const fontFiles = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
] as const;

interface LoadedFont {
  name: string;
  data: Buffer;
  weight: (typeof fontFiles)[number]['weight'];
  style: 'normal';
}

/**
 * The fonts sit next to this module's source. When the module is bundled elsewhere (for example
 * into an Astro build chunk) that relative path no longer exists, so fall back to the project
 * root, which is the working directory of every build and script here.
 */
function fontDirectory(): string {
  const besideSource = fileURLToPath(new URL('../assets/fonts/', import.meta.url));
  return existsSync(besideSource) ? besideSource : resolve(process.cwd(), 'src/assets/fonts');
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

let fontDigestsOnce: readonly string[] | undefined;

/** Content hashes of the font files, read once: swapping a font must invalidate cached images. */
function fontDigests(): readonly string[] {
  fontDigestsOnce ??= fontFiles.map(({ file }) => sha256Hex(readFileSync(join(fontDirectory(), file))));
  return fontDigestsOnce;
}

let fontsOnce: Promise<LoadedFont[]> | undefined;

/**
 * Fonts are read once per process. Satori also caches parsed fonts by the identity of this
 * array, so handing it the same array every time skips re-parsing on every image.
 */
function loadFonts(): Promise<LoadedFont[]> {
  fontsOnce ??= Promise.all(
    fontFiles.map(async ({ file, weight }) => ({
      name: fontFamily,
      data: await readFile(join(fontDirectory(), file)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fontsOnce;
}

/* ---------- Cache key ---------- */

/**
 * Stable identity of one image: the texts it shows, the colours it is drawn in, the design
 * version and the font bytes. Any change to one of them yields a different key; nothing else
 * (time, machine, a palette colour the card does not use) does.
 */
export function ogImageKey(input: OgImageInput): string {
  const identity = JSON.stringify({
    design: ogDesignVersion,
    fonts: fontDigests(),
    // Listed field by field so the key does not depend on the caller's property order.
    title: input.title,
    frameworkName: input.frameworkName ?? null,
    brandName: input.brandName,
    brandTagline: input.brandTagline,
    siteHost: input.siteHost,
    colors: imageColors(input.colors),
  });
  return sha256Hex(identity).slice(0, 16);
}

/* ---------- Layout ---------- */

export interface ImageColors {
  background: string;
  text: string;
  accent: string;
  onAccent: string;
  /** The tagline on the accent band: the band's text colour, softened toward the band. */
  accentSoft: string;
}

/** The colours the card is drawn in, from the site's palette (listed in a fixed order, for the key). */
export function imageColors(palette: BrandPalette): ImageColors {
  return {
    background: palette.bg,
    text: palette.text,
    accent: palette.accent,
    onAccent: palette.accentText,
    accentSoft: mixHex(palette.accentText, palette.accent, 0.8),
  };
}

const pagePaddingX = 72;
const footerHeight = 132;
const titleBoxWidth = ogImageSize.width - 2 * pagePaddingX;
const titleLineHeight = 1.12;

/** A satori element: the same `{ type, props }` shape React produces, without React. */
export interface OgElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: OgChild | OgChild[] };
}
type OgChild = OgElement | string;

function div(style: OgElement['props']['style'], children?: OgChild | OgChild[]): OgElement {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/**
 * Rough advance widths of Inter Bold, in ems. Deliberately a little generous: overestimating
 * only picks a slightly smaller size, underestimating would let the title hit the line clamp.
 */
function estimatedCharWidthEm(char: string): number {
  if (char === ' ') return 0.26;
  if (/[iljtfrI.,:;'’!|()[\]-]/.test(char)) return 0.36;
  if (/[mwMW@%]/.test(char)) return 0.92;
  if (/[A-Z0-9&?]/.test(char)) return 0.7;
  return 0.6;
}

function estimatedTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += estimatedCharWidthEm(char);
  return ems * fontSize;
}

/** Greedy word wrap, as satori does it, so the size chosen below matches what gets drawn. */
function estimatedLineCount(text: string, fontSize: number, boxWidth: number): number {
  const spaceWidth = estimatedTextWidth(' ', fontSize);
  let lines = 1;
  let lineWidth = 0;
  for (const word of text.trim().split(/\s+/)) {
    const wordWidth = estimatedTextWidth(word, fontSize);
    // A word wider than the box is broken across lines (`wordBreak: break-word`).
    const wordLines = Math.max(1, Math.ceil(wordWidth / boxWidth));
    if (lineWidth === 0) {
      lines += wordLines - 1;
      lineWidth = wordWidth - (wordLines - 1) * boxWidth;
    } else if (lineWidth + spaceWidth + wordWidth <= boxWidth) {
      lineWidth += spaceWidth + wordWidth;
    } else {
      lines += wordLines;
      lineWidth = wordWidth - (wordLines - 1) * boxWidth;
    }
  }
  return lines;
}

/** Largest first; each step says how many lines that size may take and still fit the card. */
const titleSizeSteps = [
  { fontSize: 96, maxLines: 2 },
  { fontSize: 80, maxLines: 3 },
  { fontSize: 68, maxLines: 3 },
  { fontSize: 60, maxLines: 4 },
  { fontSize: 52, maxLines: 4 },
] as const;

export interface TitleFit {
  fontSize: number;
  /** Lines the title may use; anything beyond is cut with an ellipsis so it never overflows. */
  maxLines: number;
}

/** The biggest title size whose estimated wrap fits; the smallest size (clamped) otherwise. */
export function fitTitle(title: string): TitleFit {
  const fitting = titleSizeSteps.find(({ fontSize, maxLines }) => estimatedLineCount(title, fontSize, titleBoxWidth) <= maxLines);
  return fitting ?? titleSizeSteps[titleSizeSteps.length - 1]!;
}

function titleBlock(title: string, colors: ImageColors): OgElement {
  const { fontSize, maxLines } = fitTitle(title);
  return div(
    {
      display: 'block',
      width: titleBoxWidth,
      fontSize,
      fontWeight: 700,
      lineHeight: titleLineHeight,
      letterSpacing: '-0.02em',
      color: colors.text,
      wordBreak: 'break-word',
      lineClamp: maxLines,
    },
    title.trim(),
  );
}

function frameworkLine(frameworkName: string, colors: ImageColors): OgElement {
  return div({ display: 'flex', alignItems: 'center', fontSize: 36, color: colors.accent, marginBottom: 28 }, [
    // A short bar before the label ties it to the footer band and marks it as a label.
    div({ flexShrink: 0, width: 10, height: 36, backgroundColor: colors.accent, marginRight: 18 }),
    div({ display: 'flex', flexShrink: 0, fontWeight: 400 }, 'Framework:\u00a0'),
    // A long name is cut to one line rather than pushing the title down.
    div({ display: 'block', flexShrink: 1, minWidth: 0, fontWeight: 700, lineClamp: 1 }, frameworkName),
  ]);
}

function footerBand(input: OgImageInput, colors: ImageColors): OgElement {
  return div(
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      height: footerHeight,
      padding: `0 ${pagePaddingX}px`,
      backgroundColor: colors.accent,
      color: colors.onAccent,
    },
    [
      div({ display: 'flex', flexDirection: 'column', justifyContent: 'center' }, [
        div({ display: 'flex', fontSize: 40, fontWeight: 700, lineHeight: 1.1 }, input.brandName),
        div({ display: 'flex', fontSize: 28, color: colors.accentSoft, marginTop: 6 }, input.brandTagline),
      ]),
      div({ display: 'flex', flexShrink: 0, marginLeft: 40, fontSize: 34, fontWeight: 700 }, input.siteHost),
    ],
  );
}

/** The whole card: framework label and title on the background colour, brand on the accent band below. */
export function ogImageTree(input: OgImageInput): OgElement {
  const colors = imageColors(input.colors);
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: ogImageSize.width,
      height: ogImageSize.height,
      backgroundColor: colors.background,
      fontFamily,
    },
    [
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
          padding: `40px ${pagePaddingX}px`,
          overflow: 'hidden',
        },
        input.frameworkName ? [frameworkLine(input.frameworkName, colors), titleBlock(input.title, colors)] : [titleBlock(input.title, colors)],
      ),
      footerBand(input, colors),
    ],
  );
}

/* ---------- Rendering ---------- */

export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
  const svg = await satori(ogImageTree(input), {
    width: ogImageSize.width,
    height: ogImageSize.height,
    fonts: await loadFonts(),
  });
  // The SVG is already exactly 1200x627; render at its own size, with text already as paths.
  const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
  return png;
}
