import { describe, expect, it } from 'vitest';
import { renderOgImage } from '../../../src/og/draw.ts';
import { siteOgImageInput } from '../../../src/og/inputs.ts';
import { cardScriptFonts, undrawableCharacters } from '../../../src/og/script-fonts.ts';
import { siteConfig } from '../../helpers/site-config.ts';

const card = (title: string) => ({ ...siteOgImageInput(siteConfig), title });

describe('preview images in every script', () => {
  // A character no font draws comes out as the same empty box whatever it is; two different
  // real glyphs never draw the same picture. So two cards differing in one character of a
  // script show that script's glyphs only if their pictures differ.
  it.each([
    ['Latin Extended', 'Łódź', 'Żółw', /noto-sans-latin-ext-700/],
    ['Greek', 'Ελλάδα', 'Ωμέγα', /noto-sans-greek-700/],
    ['Cyrillic', 'Привет', 'Москва', /noto-sans-cyrillic-700/],
    ['CJK: Japanese', '信頼性', '運用性', /noto-sans-jp-\d+-700/],
    ['CJK: simplified Chinese', '步骤', '运维', /noto-sans-sc-\d+-700/],
    ['CJK: Korean', '안녕하세요', '신뢰성', /noto-sans-kr-\d+-700/],
    ['Arabic', 'مرحبا', 'سلام', /noto-sans-arabic-arabic-700/],
    ['Hebrew', 'שלום', 'תודה', /noto-sans-hebrew-hebrew-700/],
  ])('draws %s as real glyphs from its shipped font, with no warning', async (_script, first, second, font) => {
    expect(undrawableCharacters(card(first))).toEqual([]);
    // The title's weight, from the package that covers the script (not a font the machine happens to have).
    expect(cardScriptFonts(card(first)).faces.map((face) => face.id)).toContainEqual(expect.stringMatching(font));
    const [a, b] = await Promise.all([renderOgImage(card(first)), renderOgImage(card(second))]);
    expect(a.equals(b)).toBe(false);
    expect(a.length).toBeLessThan(300 * 1024);
  });

  it('needs no font beyond Inter for plain Latin', () => {
    expect(cardScriptFonts(card('Jazz and Reliable Systems')).faces).toEqual([]);
  });

  it('names the field and the characters no shipped font draws', () => {
    expect(undrawableCharacters({ ...card('Tamil தமிழ்'), frameworkName: 'Plain' })).toEqual([{ field: 'title', characters: ['த', 'ம', 'ி', 'ழ', '்'] }]);
  });
});
