/**
 * Open Graph preview images (LinkedIn and friends): one 1200x627 PNG per article. The card is
 * laid out here with the real font metrics (so a title is sized and wrapped exactly as drawn),
 * painted by Skia (@napi-rs/canvas) and encoded by sharp. No browser, no network: the fonts ship
 * in `src/assets/fonts/`. Drawing a card costs about 6 ms of CPU against 27 ms for the satori +
 * resvg pipeline it replaced, which matters because a cold build draws one per article beside
 * Astro on a 2-core machine.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { mixHex } from '../domain/brand-colors.ts';
import type { BrandPalette } from '../schemas/site.ts';
import { ogImageSize } from '../domain/og-image-size.ts';
import { cardScriptFonts, type Face } from './script-fonts.ts';
import { packageFile } from '../node/package-files.ts';

export interface OgImageInput {
  title: string;
  /** Shown as "Framework: <name>" above the title; site-level cards (home, index) have none. */
  frameworkName?: string;
  /** The words before the framework's name ("Framework:"), in the site's language. */
  frameworkLabel: string;
  brandName: string;
  brandTagline: string;
  /** Bare host shown in the footer, e.g. "trlyptrk.com". */
  siteHost: string;
  /** The site's light palette (`brand.colors.light` in the site config): the card is always light. */
  colors: BrandPalette;
  /** Set for a language written right to left: the card is drawn mirrored, its texts read from the right. */
  direction?: 'rtl';
}

/**
 * Bump whenever the layout, sizing or colour-mixing rules change, so cached PNGs made with the
 * old design are not reused. The palette itself is part of every image's key.
 */
const ogDesignVersion = 3;

/* ---------- Fonts ---------- */

/** A private family name, so a system font called Inter can never stand in for the shipped files. */
const fontFamily = 'Setlist Card Inter';

/** Latin subsets of Inter (OFL, from @fontsource/inter). */
const fontFiles = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
] as const;

type FontWeight = (typeof fontFiles)[number]['weight'];

/** The fonts are files of the package, also when this module is bundled elsewhere. */
const fontDirectory = (): string => packageFile('src/assets/fonts/');

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

let fontBytesOnce: readonly Buffer[] | undefined;

/** The font files, read once per process. */
function fontBytes(): readonly Buffer[] {
  fontBytesOnce ??= fontFiles.map(({ file }) => readFileSync(join(fontDirectory(), file)));
  return fontBytesOnce;
}

let fontDigestsOnce: readonly string[] | undefined;

/** Content hashes of the font files: swapping a font must invalidate cached images. */
function fontDigests(): readonly string[] {
  fontDigestsOnce ??= fontBytes().map((bytes) => sha256Hex(bytes));
  return fontDigestsOnce;
}

let fontsRegistered = false;

/** Hands the fonts to Skia once per process; both weights join the one private family. */
function registerFonts(): void {
  if (fontsRegistered) return;
  for (const [index, bytes] of fontBytes().entries()) {
    if (!GlobalFonts.register(bytes, fontFamily)) throw new Error(`preview image font ${fontFiles[index]!.file} could not be loaded`);
  }
  fontsRegistered = true;
}

const scriptFamilyOf = new Map<string, string>();

/**
 * Hands a card's script fonts to Skia (each file once per process, under a family of its own)
 * and gives, per weight, the families to list after Inter's: a character Inter lacks is drawn
 * from the first of them that holds it, in the right weight.
 */
function registerScriptFonts(faces: readonly Face[]): Map<number, string[]> {
  const families = new Map<number, string[]>();
  for (const face of faces) {
    let family = scriptFamilyOf.get(face.id);
    if (!family) {
      family = `Setlist Card Script ${scriptFamilyOf.size + 1}`;
      if (!GlobalFonts.registerFromPath(face.path, family)) throw new Error(`preview image font ${face.id} could not be loaded`);
      scriptFamilyOf.set(face.id, family);
    }
    families.set(face.weight, [...(families.get(face.weight) ?? []), family]);
  }
  return families;
}

/** The script fonts' families per weight for the card being laid out and painted (set by ogCardLayout). */
let scriptFamilies = new Map<number, string[]>();

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
    scriptFonts: cardScriptFonts(input).faces.map((face) => face.id),
    // Listed field by field so the key does not depend on the caller's property order.
    title: input.title,
    frameworkName: input.frameworkName ?? null,
    frameworkLabel: input.frameworkLabel,
    brandName: input.brandName,
    brandTagline: input.brandTagline,
    siteHost: input.siteHost,
    colors: imageColors(input.colors),
    // Only a right-to-left card names its direction, so the keys of every other card stay as they were.
    ...(input.direction ? { direction: input.direction } : {}),
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
const pagePaddingY = 40;
const footerHeight = 132;
const contentWidth = ogImageSize.width - 2 * pagePaddingX;
const titleLineHeight = 1.12;
const titleLetterSpacingEm = -0.02;
const ellipsis = '…';

/** One run of text as the card draws it: `y` is the middle of its line box. */
interface CardText {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  fontWeight: FontWeight;
  color: string;
  align: 'left' | 'right';
  letterSpacingPx?: number;
  direction?: 'rtl';
}

interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** Everything the card paints, in order: rectangles first, then texts. */
export interface CardLayout {
  rects: CardRect[];
  texts: CardText[];
}

type TextStyle = Pick<CardText, 'fontSize' | 'fontWeight' | 'letterSpacingPx'>;

function applyFont(context: SKRSContext2D, style: TextStyle): void {
  const families = [fontFamily, ...(scriptFamilies.get(style.fontWeight) ?? [])].map((family) => `"${family}"`).join(', ');
  context.font = `${style.fontWeight} ${style.fontSize}px ${families}`;
  context.letterSpacing = `${style.letterSpacingPx ?? 0}px`;
}

let measuringContext: SKRSContext2D | undefined;

/** Advance width of a text in a style, from the shipped fonts' real metrics. */
function textWidth(text: string, style: TextStyle): number {
  registerFonts();
  measuringContext ??= createCanvas(1, 1).getContext('2d');
  applyFont(measuringContext, style);
  return measuringContext.measureText(text).width;
}

/** Cuts a text so that it, plus an ellipsis, fits the width: whole words while more than one is left, then characters. */
function withEllipsis(text: string, width: number, style: TextStyle): string {
  const fits = (kept: string) => textWidth(`${kept}${ellipsis}`, style) <= width;
  let kept = text.trim();
  while (!fits(kept) && kept.includes(' ')) kept = kept.slice(0, kept.lastIndexOf(' ')).trimEnd();
  while (!fits(kept) && kept.length > 0) kept = [...kept].slice(0, -1).join('');
  return `${kept}${ellipsis}`;
}

/** A word wider than the box is broken between characters, as CSS `word-break: break-word` does. */
function breakLongWord(word: string, width: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(piece + char, style) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  return [...pieces, piece];
}

/** Greedy word wrap with the real metrics. */
export function wrapText(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, style) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakLongWord(word, width, style);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1)!;
  }
  return [...lines, line];
}

/** At most `maxLines` lines; anything beyond is cut, the last line ending in an ellipsis. */
function clampLines(lines: string[], maxLines: number, width: number, style: TextStyle): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, style);
  return kept;
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
  /** The title's lines at that size, cut with an ellipsis when even the smallest size is too small. */
  lines: string[];
}

const titleStyle = (fontSize: number): TextStyle => ({ fontSize, fontWeight: 700, letterSpacingPx: titleLetterSpacingEm * fontSize });

/** The biggest title size whose wrap fits its line limit; the smallest size, clamped, otherwise. */
export function fitTitle(title: string): TitleFit {
  for (const { fontSize, maxLines } of titleSizeSteps) {
    const lines = wrapText(title, contentWidth, titleStyle(fontSize));
    if (lines.length <= maxLines) return { fontSize, lines };
  }
  const smallest = titleSizeSteps.at(-1)!;
  const style = titleStyle(smallest.fontSize);
  return { fontSize: smallest.fontSize, lines: clampLines(wrapText(title, contentWidth, style), smallest.maxLines, contentWidth, style) };
}

const frameworkFontSize = 36;
const frameworkMarginBottom = 28;
const frameworkBar = { width: 10, gap: 18 };

/** "Framework: <name>" with a short accent bar before it; a long name is cut to one line. */
function frameworkLine(label: string, name: string, top: number, colors: ImageColors): CardLayout {
  // A no-break space, so the label and the name's first word stay together.
  const frameworkLabel = `${label}\u00a0`;
  const y = top + frameworkFontSize / 2;
  const labelX = pagePaddingX + frameworkBar.width + frameworkBar.gap;
  const labelStyle = { fontSize: frameworkFontSize, fontWeight: 400 } as const;
  const nameStyle = { fontSize: frameworkFontSize, fontWeight: 700 } as const;
  const nameX = labelX + textWidth(frameworkLabel, labelStyle);
  const nameWidth = ogImageSize.width - pagePaddingX - nameX;
  const fittedName = textWidth(name, nameStyle) <= nameWidth ? name : withEllipsis(name, nameWidth, nameStyle);
  return {
    rects: [{ x: pagePaddingX, y: top, width: frameworkBar.width, height: frameworkFontSize, color: colors.accent }],
    texts: [
      { text: frameworkLabel, x: labelX, y, ...labelStyle, color: colors.accent, align: 'left' },
      { text: fittedName, x: nameX, y, ...nameStyle, color: colors.accent, align: 'left' },
    ],
  };
}

/** Brand name and tagline on the left of the accent band, the site's host on the right. */
function footerBand(input: OgImageInput, colors: ImageColors): CardLayout {
  const top = ogImageSize.height - footerHeight;
  const name = { fontSize: 40, lineHeight: 44 };
  const tagline = { fontSize: 28, lineHeight: 34, marginTop: 6 };
  const blockTop = top + (footerHeight - (name.lineHeight + tagline.marginTop + tagline.lineHeight)) / 2;
  return {
    rects: [{ x: 0, y: top, width: ogImageSize.width, height: footerHeight, color: colors.accent }],
    texts: [
      {
        text: input.brandName,
        x: pagePaddingX,
        y: blockTop + name.lineHeight / 2,
        fontSize: name.fontSize,
        fontWeight: 700,
        color: colors.onAccent,
        align: 'left',
      },
      {
        text: input.brandTagline,
        x: pagePaddingX,
        y: blockTop + name.lineHeight + tagline.marginTop + tagline.lineHeight / 2,
        fontSize: tagline.fontSize,
        fontWeight: 400,
        color: colors.accentSoft,
        align: 'left',
      },
      {
        text: input.siteHost,
        x: ogImageSize.width - pagePaddingX,
        y: top + footerHeight / 2,
        fontSize: 34,
        fontWeight: 700,
        color: colors.onAccent,
        align: 'right',
      },
    ],
  };
}

/** The whole card: framework label and title centred on the background, brand on the accent band below. */
export function ogCardLayout(input: OgImageInput): CardLayout {
  registerFonts();
  scriptFamilies = registerScriptFonts(cardScriptFonts(input).faces);
  const colors = imageColors(input.colors);
  const title = fitTitle(input.title);
  const titleLine = title.fontSize * titleLineHeight;
  const frameworkHeight = input.frameworkName ? frameworkFontSize + frameworkMarginBottom : 0;
  const contentHeight = frameworkHeight + title.lines.length * titleLine;
  const areaHeight = ogImageSize.height - footerHeight;
  const top = Math.max(pagePaddingY, (areaHeight - contentHeight) / 2);
  const framework = input.frameworkName ? frameworkLine(input.frameworkLabel, input.frameworkName, top, colors) : { rects: [], texts: [] };
  const titleTexts = title.lines.map((text, index): CardText => ({
    text,
    x: pagePaddingX,
    y: top + frameworkHeight + index * titleLine + titleLine / 2,
    ...titleStyle(title.fontSize),
    color: colors.text,
    align: 'left',
  }));
  const footer = footerBand(input, colors);
  const layout: CardLayout = {
    rects: [{ x: 0, y: 0, width: ogImageSize.width, height: ogImageSize.height, color: colors.background }, ...framework.rects, ...footer.rects],
    texts: [...framework.texts, ...titleTexts, ...footer.texts],
  };
  return input.direction === 'rtl' ? mirrored(layout) : layout;
}

/** The card of a right-to-left language: every shape and text on the other side, each text set from its right edge and read from the right. */
function mirrored(layout: CardLayout): CardLayout {
  const { width } = ogImageSize;
  return {
    rects: layout.rects.map((rect) => ({ ...rect, x: width - rect.x - rect.width })),
    texts: layout.texts.map((text) => ({ ...text, x: width - text.x, align: text.align === 'left' ? 'right' : 'left', direction: 'rtl' })),
  };
}

/* ---------- Painting ---------- */

/**
 * zlib level 2 without adaptive filtering: flat colours need no filtering to compress well, and a
 * higher level (or sharp's defaults) costs several times the CPU for a file barely smaller. Level 1
 * is faster still but makes the file half as large again.
 */
const pngOptions = { compressionLevel: 2, adaptiveFiltering: false } as const;

let paintingContext: SKRSContext2D | undefined;

export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
  registerFonts();
  const layout = ogCardLayout(input);
  const { width, height } = ogImageSize;
  // One canvas for every card (the first rectangle covers it all): a new one per card would
  // leave megabytes of pixels to the garbage collector each time.
  paintingContext ??= createCanvas(width, height).getContext('2d');
  const context = paintingContext;
  for (const rect of layout.rects) {
    context.fillStyle = rect.color;
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
  }
  context.textBaseline = 'middle';
  for (const text of layout.texts) {
    applyFont(context, text);
    context.fillStyle = text.color;
    context.textAlign = text.align;
    context.direction = text.direction ?? 'ltr';
    context.fillText(text.text, text.x, text.y);
  }
  const pixels = context.getImageData(0, 0, width, height).data;
  // The card is opaque, and its alpha channel stays: a channel of one value compresses to nothing
  // (the file is no larger), while dropping it would be a pass over every pixel of every card.
  try {
    return await sharp(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength), { raw: { width, height, channels: 4 } })
      .png(pngOptions)
      .toBuffer();
  } finally {
    // The card's pixels are freed as soon as they are encoded, not when the garbage collector
    // gets to them: dozens of cards' pixels waited for it, which made the image process larger
    // (during the build's memory peak) and slower (collections and fresh pages for every card).
    if (pixels.buffer instanceof ArrayBuffer) pixels.buffer.transfer(0);
  }
}
