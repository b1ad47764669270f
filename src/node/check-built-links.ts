import { hash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../schemas/site.ts';
import { sitePathOf } from './built-pages.ts';
import { cacheDirs } from './env.ts';
import { brokenLinksOn, pageLinksOf, scanPage, unreachableTargets, type BrokenLink, type PageLinks } from './link-check.ts';
import { packageFile } from './package-files.ts';
import { replaceFile } from './replace-file.ts';
import { bytesToHash } from './unchanged-input.ts';

/**
 * What a kept scan depends on besides the page: the rules, how a page's path is read from its file,
 * the HTML parser and Node's URL parser (an update of either may read a page otherwise).
 */
const scanVersion = [
  readFileSync(packageFile('src/node/link-check.ts'), 'utf8'),
  readFileSync(packageFile('src/node/built-pages.ts'), 'utf8'),
  readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('htmlparser2'))), 'utf8'),
  process.versions.node,
].join('\n');

/** The search index's folder: written beside this check (scripts/build.ts), so neither listed nor checked. */
const searchIndexFolder = 'pagefind';

/** A page's links as scanned, and the digest of the bytes they were scanned from. */
interface ScannedPage {
  digest: string;
  links: PageLinks;
}

/**
 * Every internal href/src/srcset of a built site must reach a built file, and a `#fragment` an
 * id on it. Each page's ids and link targets are kept with the digest of its bytes (in the
 * after-build cache), so a rebuild reads every page but scans again only those that changed;
 * whether each target is reachable is decided anew over the whole site every time.
 */
export function checkBuiltLinks(outDir: string, config: Pick<SiteConfig, 'baseUrl'>): { ok: boolean; lines: string[] } {
  const origin = new URL(config.baseUrl).origin;
  const files = new Set(siteFiles(outDir));
  const pageFiles = [...files].filter((file) => file.endsWith('.html')).sort();
  const keptFile = join(cacheDirs(process.env).afterBuild, 'links.json');
  const salt = hash('sha256', `${scanVersion}\n${origin}`);
  const fileExists = (file: string) => files.has(file) || file.startsWith(`${searchIndexFolder}/`);

  const check = (kept: ReadonlyMap<string, ScannedPage>) => {
    const scanned = scanPages(outDir, pageFiles, origin, kept);
    const unreachable = unreachableTargets(
      [...scanned].map(([file, { links }]) => ({ file, links })),
      fileExists,
    );
    // Only the pages with a broken link are scanned again, for each link as written and in order.
    const broken = pageFiles
      .filter((file) => scanned.get(file)?.links.targets.some((target) => unreachable.has(target)))
      .flatMap((file) => brokenLinksOn(sitePathOf(file), scanPage(readFileSync(join(outDir, file), 'utf8'), sitePathOf(file), origin).links, unreachable));
    return { scanned, unreachable, broken };
  };
  let result = check(readScannedPages(keptFile, salt));
  // A kept scan that named a target the page no longer links to: every page is scanned afresh.
  if (result.unreachable.size && !result.broken.length) result = check(new Map());
  writeScannedPages(keptFile, salt, result.scanned);
  return { ok: !result.broken.length, lines: report(result.broken, pageFiles.length, [...result.scanned.values()].filter((page) => page.kept).length) };
}

function report(broken: readonly BrokenLink[], pages: number, unchanged: number): string[] {
  if (!broken.length)
    return [`✓ links: every internal link in ${pages} pages resolves${unchanged ? ` (${unchanged} pages unchanged since the last check)` : ''}`];
  return [
    `✗ links: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}`,
    ...broken.map((link) => `  ${link.page}  ${link.attribute}="${link.link}": ${link.reason}`),
  ];
}

/** Every file of the built site but the search index's, with `/` between folders. */
function siteFiles(outDir: string): string[] {
  return readdirSync(outDir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === searchIndexFolder) return [];
    if (!entry.isDirectory()) return [entry.name];
    return readdirSync(join(outDir, entry.name), { recursive: true, withFileTypes: true })
      .filter((inner) => !inner.isDirectory())
      .map((inner) => relative(outDir, join(inner.parentPath, inner.name)).split(sep).join('/'));
  });
}

/** Each page's links: kept when its bytes are those of the kept scan, else scanned from them. */
function scanPages(
  outDir: string,
  pageFiles: readonly string[],
  origin: string,
  kept: ReadonlyMap<string, ScannedPage>,
): Map<string, ScannedPage & { kept: boolean }> {
  const scanned = new Map<string, ScannedPage & { kept: boolean }>();
  const keptTexts = new Map<string, string>();
  for (const file of pageFiles) {
    // Read once: the bytes give the digest and, for a changed page, the HTML to scan.
    const bytes = bytesToHash(join(outDir, file));
    const digest = hash('sha256', bytes, 'base64url');
    const before = kept.get(file);
    if (before?.digest === digest) scanned.set(file, { ...before, kept: true });
    else scanned.set(file, { digest, links: pageLinksOf(scanPage(bytes.toString('utf8'), sitePathOf(file), origin), keptTexts), kept: false });
  }
  return scanned;
}

/**
 * The kept scans as stored: each distinct id and target once in `strings`, and each page as its
 * digest with the indexes of its ids and targets (most targets are shared by every page).
 */
interface StoredScans {
  salt: string;
  strings: string[];
  pages: Record<string, [digest: string, ids: number[], targets: number[]]>;
}

/**
 * The scans kept by the last check; none when there are none, when the rules or the site's origin
 * changed since, or when the file cannot be read as written (the check then scans every page).
 */
function readScannedPages(file: string, salt: string): Map<string, ScannedPage> {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredScans;
    if (stored.salt !== salt) return new Map();
    const text = (index: number) => {
      const value = stored.strings[index];
      if (typeof value !== 'string') throw new Error(`${file}: no string ${index}`);
      return value;
    };
    return new Map(
      Object.entries(stored.pages).map(([page, [digest, ids, targets]]) => [page, { digest, links: { ids: ids.map(text), targets: targets.map(text) } }]),
    );
  } catch {
    return new Map();
  }
}

/** Replaced whole (src/node/replace-file.ts). The file only saves work: a cache that cannot be written fails no check. */
function writeScannedPages(file: string, salt: string, scanned: ReadonlyMap<string, ScannedPage>): void {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (text: string) => {
    let index = indexes.get(text);
    if (index === undefined) {
      index = strings.push(text) - 1;
      indexes.set(text, index);
    }
    return index;
  };
  const pages: StoredScans['pages'] = {};
  for (const [page, { digest, links }] of scanned) pages[page] = [digest, links.ids.map(indexOf), links.targets.map(indexOf)];
  try {
    replaceFile(file, JSON.stringify({ salt, strings, pages } satisfies StoredScans));
  } catch {
    // The next check scans every page.
  }
}
