/**
 * Which fonts draw what the cards' Inter (a Latin subset) cannot: Noto Sans for Latin Extended,
 * Greek, Cyrillic and Vietnamese, Noto Sans Arabic and Hebrew, and Noto Sans JP, SC and KR (Han
 * with Japanese forms first, then simplified Chinese, kana, Hangul), from their
 * @fontsource packages. Each ships its font in unicode-range subsets (its CSS says which
 * characters each file holds), so a card loads only the files its own text needs. No drawing
 * code here: the build reads it at start-up to warn about characters nothing draws.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OgImageInput } from './draw.ts';

/** One subset file of one weight, and the code points it holds. */
export interface Face {
  /** `@fontsource/noto-sans-jp@5.3.0/noto-sans-jp-42-700-normal.woff2`: what the image cache key names. */
  id: string;
  path: string;
  weight: number;
  ranges: [number, number][];
}

/** In the order a character looks for a font: the broad Noto Sans first, CJK last. */
const packages = ['noto-sans', 'noto-sans-arabic', 'noto-sans-hebrew', 'noto-sans-jp', 'noto-sans-sc', 'noto-sans-kr'] as const;

function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [start = '0', end] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(start, 16), parseInt(end ?? start, 16)];
  });
}

const facesByWeight = new Map<number, Face[]>();

/** Every subset face of every package at one weight, read from the packages' CSS once. */
function facesAt(weight: number): Face[] {
  let faces = facesByWeight.get(weight);
  if (faces) return faces;
  faces = packages.flatMap((name) => {
    const css = fileURLToPath(import.meta.resolve(`@fontsource/${name}/${weight}.css`));
    const version = (JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`@fontsource/${name}/package.json`)), 'utf8')) as { version: string }).version;
    return [...readFileSync(css, 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, block = '']) => {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      const ranges = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!file || !ranges) return [];
      return [
        {
          id: `@fontsource/${name}@${version}/${file}`,
          path: fileURLToPath(new URL(`files/${file}`, new URL(import.meta.resolve(`@fontsource/${name}/${weight}.css`)))),
          weight,
          ranges: parseRanges(ranges),
        },
      ];
    });
  });
  facesByWeight.set(weight, faces);
  return faces;
}

const holds = (face: Face, codePoint: number): boolean => face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);

let latinFace: Face | undefined;

/** Noto Sans's own Latin subset: what Inter's Latin subset, cut the same way, also draws. */
function isLatin(codePoint: number): boolean {
  latinFace ??= facesAt(400).find((face) => face.id.includes('/noto-sans-latin-400-'));
  return latinFace ? holds(latinFace, codePoint) : codePoint < 0x100;
}

// A build asks about the same few hundred characters for every article: each is looked up once.
const faceOfCharacter = new Map<string, Face | null>();

function faceFor(character: string, weight: number): Face | undefined {
  const key = `${weight} ${character}`;
  if (!faceOfCharacter.has(key)) {
    const codePoint = character.codePointAt(0)!;
    faceOfCharacter.set(key, facesAt(weight).find((candidate) => holds(candidate, codePoint)) ?? null);
  }
  return faceOfCharacter.get(key) ?? undefined;
}

/** Characters that draw nothing (spaces, joiners), which need no font. */
const invisible = /[\s\u200b-\u200f\u2060\ufeff]/u;

export interface ScriptFonts {
  faces: Face[];
  /** Characters no shipped font draws, each once. */
  uncovered: string[];
}

/** The subset faces the texts need beyond Inter, at these weights, and what nothing covers. */
function scriptFontsFor(texts: readonly string[], weights: readonly number[]): ScriptFonts {
  const faces = new Map<string, Face>();
  const uncovered = new Set<string>();
  for (const character of new Set([...texts.join('')])) {
    const codePoint = character.codePointAt(0)!;
    if (invisible.test(character) || isLatin(codePoint)) continue;
    for (const weight of weights) {
      const face = faceFor(character, weight);
      if (face) faces.set(face.id, face);
      else uncovered.add(character);
    }
  }
  return { faces: [...faces.values()].sort((a, b) => a.id.localeCompare(b.id)), uncovered: [...uncovered] };
}

/** The weights a card draws text in (Inter 400 and 700, see draw.ts). */
const cardFontWeights = [400, 700] as const;

/** Every text a card draws: from content, config and the site language's reader text. */
function cardTexts(input: OgImageInput): Record<string, string> {
  return {
    title: input.title,
    'framework.label': input.frameworkName ? input.frameworkLabel : '',
    'framework.name': input.frameworkName ?? '',
    'brand.name': input.brandName,
    'brand.tagline': input.brandTagline,
    siteHost: input.siteHost,
  };
}

/** The fonts beyond Inter that a card needs (its scripts' subset files), and characters none draws. */
export const cardScriptFonts = (input: OgImageInput): ScriptFonts => scriptFontsFor(Object.values(cardTexts(input)), cardFontWeights);

/**
 * The fields of a card with characters no shipped font draws (they would show as boxes), each
 * with those characters: the build warns about them.
 */
export function undrawableCharacters(input: OgImageInput): { field: string; characters: string[] }[] {
  return Object.entries(cardTexts(input)).flatMap(([field, text]) => {
    const { uncovered } = scriptFontsFor([text], cardFontWeights);
    return uncovered.length ? [{ field, characters: uncovered }] : [];
  });
}
