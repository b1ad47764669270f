import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedOgImage } from '../../../src/og/cache.ts';
import sharp from 'sharp';
import { ogImageSize } from '../../../src/domain/og-image-size.ts';
import { fitTitle, imageColors, ogCardLayout, ogImageKey, renderOgImage, wrapText, type OgImageInput } from '../../../src/og/draw.ts';
import { brandColorsSchema } from '../../../src/schemas/site.ts';

/** The default light palette, as the site config resolves it. */
const palette = brandColorsSchema.parse(undefined).light;

const seed: OgImageInput = {
  title: 'Jazz and Reliable Systems',
  frameworkName: 'Ensemble Reliability Discipline',
  frameworkLabel: 'Framework:',
  brandName: 'Fixture Ops',
  brandTagline: 'Playbooks for reliable systems',
  siteHost: 'playbooks.example.org',
  colors: palette,
};

const longTitle =
  'What a Late-Night Jazz Quartet Can Teach Platform Teams About Incident Response, Graceful Degradation, ' +
  'Shared Listening and the Discipline of Reliable Systems Under Pressure, Again and Again, Night After Night';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height sit in the IHDR chunk, which the PNG format requires to come first. */
function pngDimensions(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const temporaryDirs: string[] = [];
function temporaryDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'setlist-og-'));
  temporaryDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

describe('renderOgImage', () => {
  it('renders a PNG of exactly the Open Graph size', async () => {
    const png = await renderOgImage(seed);
    expect(png.subarray(0, 8).equals(pngSignature)).toBe(true);
    expect(pngDimensions(png)).toEqual({ width: 1200, height: 627 });
    expect(ogImageSize).toEqual({ width: 1200, height: 627 });
  });

  it('still renders a very long title, at the smallest title size, cut with an ellipsis', async () => {
    const png = await renderOgImage({ ...seed, title: longTitle, frameworkName: longTitle });
    expect(png.subarray(0, 8).equals(pngSignature)).toBe(true);
    expect(pngDimensions(png)).toEqual({ width: 1200, height: 627 });
    const fit = fitTitle(longTitle);
    expect(fit.fontSize).toBeLessThan(fitTitle(seed.title).fontSize);
    expect(fit.lines).toHaveLength(4);
    expect(fit.lines.at(-1)).toMatch(/\S…$/);
    const frameworkName = ogCardLayout({ ...seed, title: longTitle, frameworkName: longTitle }).texts[1]!.text;
    expect(frameworkName).toMatch(/^What a Late-Night .*…$/);
  });

  it("frees each card's pixels once they are encoded, not when the garbage collector gets to them", async () => {
    const { width, height } = ogImageSize;
    const cardPixels = width * height * 4;
    // The pixels are memory outside the JavaScript heap (Skia's), which `external` counts.
    const before = process.memoryUsage().external;
    for (let card = 0; card < 12; card++) await renderOgImage({ ...seed, title: `${seed.title} ${card}` });
    // Twelve cards' pixels left to the collector would be more than 30 MB here.
    expect(process.memoryUsage().external - before).toBeLessThan(2 * cardPixels);
  });

  it('never gives a longer title a bigger size', () => {
    const words = longTitle.split(' ');
    const sizes = words.map((_, i) => fitTitle(words.slice(0, i + 1).join(' ')).fontSize);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
  });

  it('keeps every word of a title that fits, in order, one line per wrap', () => {
    const fit = fitTitle(seed.title);
    expect(fit.fontSize).toBe(96);
    expect(fit.lines.join(' ')).toBe(seed.title);
  });

  it('breaks a word wider than the card between characters', () => {
    const word = 'Observability'.repeat(6);
    const lines = wrapText(`A ${word} b`, 600, { fontSize: 60, fontWeight: 700 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replaceAll(' ', '')).toBe(`A${word}b`);
  });
});

describe('ogImageKey', () => {
  it('is a stable 16-character hex string that ignores property order', () => {
    const reordered: OgImageInput = {
      colors: Object.fromEntries(Object.entries(seed.colors).reverse()) as OgImageInput['colors'],
      siteHost: seed.siteHost,
      brandTagline: seed.brandTagline,
      brandName: seed.brandName,
      frameworkLabel: seed.frameworkLabel,
      frameworkName: seed.frameworkName,
      title: seed.title,
    };
    expect(ogImageKey(seed)).toMatch(/^[0-9a-f]{16}$/);
    expect(ogImageKey({ ...seed })).toBe(ogImageKey(seed));
    expect(ogImageKey(reordered)).toBe(ogImageKey(seed));
  });

  it.each(['title', 'frameworkName', 'frameworkLabel', 'brandName', 'brandTagline', 'siteHost'] as const)('changes when %s changes', (field) => {
    expect(ogImageKey({ ...seed, [field]: `${seed[field]}!` })).not.toBe(ogImageKey(seed));
  });

  it.each(['bg', 'text', 'accent', 'accentText'] as const)('changes when the palette colour %s changes', (role) => {
    expect(ogImageKey({ ...seed, colors: { ...palette, [role]: '#123456' } })).not.toBe(ogImageKey(seed));
  });

  it.each(['surface', 'muted', 'border', 'link', 'focus', 'mark'] as const)('stays when %s, a colour the card does not use, changes', (role) => {
    expect(ogImageKey({ ...seed, colors: { ...palette, [role]: '#123456' } })).toBe(ogImageKey(seed));
  });
});

describe('image colours', () => {
  it('come from the light palette, the tagline softened toward the accent band', () => {
    expect(imageColors(palette)).toEqual({
      background: '#ffffff',
      text: '#1b1f24',
      accent: '#1f4e79',
      onAccent: '#ffffff',
      accentSoft: '#d2dce4',
    });
  });

  it('are the ones the card is drawn in', async () => {
    const colors = { ...palette, bg: '#fafafa', text: '#101010', accent: '#003300', accentText: '#ffff00' };
    const layout = ogCardLayout({ ...seed, colors });
    expect(layout.rects[0]).toMatchObject({ x: 0, y: 0, width: 1200, height: 627, color: '#fafafa' });
    expect(layout.rects.at(-1)).toMatchObject({ x: 0, width: 1200, color: '#003300' });
    expect(layout.texts.find((text) => text.text.startsWith('Jazz'))?.color).toBe('#101010');
    expect(layout.texts.find((text) => text.text === seed.frameworkName)?.color).toBe('#003300');
    expect(layout.texts.find((text) => text.text === seed.siteHost)?.color).toBe('#ffff00');
    // The painted pixels: the background in the top corner, the band at the bottom.
    const { data, info } = await sharp(await renderOgImage({ ...seed, colors }))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) =>
      `#${[...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(pixel(4, 4)).toBe('#fafafa');
    expect(pixel(4, 622)).toBe('#003300');
  });
});

describe('cachedOgImage', () => {
  it('renders once, then reuses the stored PNG', async () => {
    const cacheDir = join(temporaryDir(), 'nested', 'og');
    let renders = 0;
    const countingRender = (input: OgImageInput): Promise<Buffer> => {
      renders += 1;
      return renderOgImage(input);
    };

    const first = await cachedOgImage(seed, cacheDir, countingRender);
    const second = await cachedOgImage(seed, cacheDir, countingRender);

    expect(first.rendered).toBe(true);
    expect(second.rendered).toBe(false);
    expect(second.png.equals(first.png)).toBe(true);
    expect(renders).toBe(1);
    // Only the final file remains: the temporary file was renamed, not left behind.
    expect(readdirSync(cacheDir)).toEqual([`${ogImageKey(seed)}.png`]);
  });

  it('renders again when the input changes', async () => {
    const cacheDir = temporaryDir();
    await cachedOgImage(seed, cacheDir);
    const changed = await cachedOgImage({ ...seed, title: 'Another Title' }, cacheDir);
    expect(changed.rendered).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });
});
