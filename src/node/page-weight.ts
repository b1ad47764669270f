import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { themeBeforePaintScript } from '../domain/theme-before-paint.ts';

interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  /** All scripts. */
  js: Bytes;
  /** Classic scripts, which run before the page is usable; module scripts are deferred. */
  blockingJs: Bytes;
  /**
   * The one classic script that is not needed to read: it re-applies the theme the reader
   * pinned before the first paint, and the page reads the same without it.
   */
  themeJs: Bytes;
  /** The fonts the page preloads (already compressed: woff2), raw bytes. */
  fontBytes: number;
  /** The stylesheet, script and font URLs that were counted. */
  assets: string[];
}

const measure = (text: string | Buffer): Bytes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const none: Bytes = { raw: 0, gzip: 0 };

/**
 * What a reader downloads for one page: its HTML, every stylesheet it links, every script
 * (external or inline) it runs, and the fonts it preloads. `readAsset` returns a same-site
 * asset's content.
 */
export function pageWeight(html: string, readAsset: (path: string) => string | Buffer): PageWeight {
  const $ = load(html);
  const assets: string[] = [];
  let css = none;
  let js = none;
  let blockingJs = none;
  let themeJs = none;
  let fontBytes = 0;
  $('link[rel~="preload"][as="font"][href]').each((_, link) => {
    const href = $(link).attr('href') ?? '';
    assets.push(href);
    fontBytes += Buffer.byteLength(readAsset(href));
  });
  $('link[rel~="stylesheet"][href]').each((_, link) => {
    const href = $(link).attr('href') ?? '';
    assets.push(href);
    css = add(css, measure(readAsset(href)));
  });
  $('style').each((_, style) => {
    css = add(css, measure($(style).text()));
  });
  $('script').each((_, script) => {
    const src = $(script).attr('src');
    const type = $(script).attr('type');
    // Data blocks (JSON-LD) are not executed; they are part of the page, not its scripts.
    if (type && type !== 'module' && !/javascript/.test(type)) return;
    if (src) assets.push(src);
    const text = src ? readAsset(src).toString() : $(script).text();
    const bytes = measure(text);
    js = add(js, bytes);
    if (type === 'module') return;
    if (text === themeBeforePaintScript) themeJs = add(themeJs, bytes);
    else blockingJs = add(blockingJs, bytes);
  });
  return { html: measure(html), css, js, blockingJs, themeJs, fontBytes, assets };
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
