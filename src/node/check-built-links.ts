import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { SiteConfig } from '../schemas/site.ts';
import { sitePathOf } from './built-pages.ts';
import { cacheDirs } from './env.ts';
import { brokenLinksOn, pageLinksOf, scanPage, unreachableTargets, type PageLinks } from './link-check.ts';
import { packageFile } from './package-files.ts';
import { bytesToHash } from './unchanged-input.ts';

/** The rules themselves are part of what a kept scan depends on. */
const rulesSource = readFileSync(packageFile('src/node/link-check.ts'), 'utf8');

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
  // The search index is written beside this check (scripts/build.ts) and no page links into it.
  const files = new Set(
    readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .map((file) => file.split(sep).join('/'))
      .filter((file) => !file.startsWith('pagefind')),
  );
  const pageFiles = [...files].filter((file) => file.endsWith('.html')).sort();
  const keptFile = join(cacheDirs(process.env).afterBuild, 'links.json');
  const salt = hash('sha256', `${rulesSource}\n${origin}`);
  const kept = readScannedPages(keptFile, salt);
  const scanned = new Map<string, ScannedPage>();
  const keptTexts = new Map<string, string>();
  let scannedAgain = 0;
  for (const file of pageFiles) {
    // Read once: the bytes give the digest and, for a changed page, the HTML to scan.
    const bytes = bytesToHash(join(outDir, file));
    const digest = hash('sha256', bytes, 'base64url');
    const before = kept.get(file);
    if (before?.digest === digest) scanned.set(file, before);
    else {
      scannedAgain++;
      scanned.set(file, { digest, links: pageLinksOf(scanPage(bytes.toString('utf8'), sitePathOf(file), origin), keptTexts) });
    }
  }
  writeScannedPages(keptFile, salt, scanned);

  const unreachable = unreachableTargets(
    [...scanned].map(([file, { links }]) => ({ file, links })),
    (file) => files.has(file),
  );
  if (!unreachable.size) {
    const unchanged = pageFiles.length - scannedAgain;
    const note = unchanged ? ` (${unchanged} pages unchanged since the last check)` : '';
    return { ok: true, lines: [`✓ links: every internal link in ${pageFiles.length} pages resolves${note}`] };
  }
  // Only the pages with a broken link are scanned again, for each link as written and in order.
  const broken = pageFiles
    .filter((file) => scanned.get(file)?.links.targets.some((target) => unreachable.has(target)))
    .flatMap((file) => brokenLinksOn(sitePathOf(file), scanPage(readFileSync(join(outDir, file), 'utf8'), sitePathOf(file), origin).links, unreachable));
  return {
    ok: false,
    lines: [
      `✗ links: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}`,
      ...broken.map((link) => `  ${link.page}  ${link.attribute}="${link.link}": ${link.reason}`),
    ],
  };
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

/** The scans kept by the last check, empty when there are none or the rules or the site's origin changed since. */
function readScannedPages(file: string, salt: string): Map<string, ScannedPage> {
  let stored: StoredScans;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredScans;
  } catch {
    return new Map();
  }
  if (stored.salt !== salt) return new Map();
  const { strings } = stored;
  const text = (index: number) => strings[index] ?? '';
  return new Map(
    Object.entries(stored.pages).map(([page, [digest, ids, targets]]) => [page, { digest, links: { ids: ids.map(text), targets: targets.map(text) } }]),
  );
}

/** Written whole under another name and then renamed: a check stopped halfway leaves the last complete file. */
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
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, JSON.stringify({ salt, strings, pages } satisfies StoredScans));
  renameSync(partial, file);
}
