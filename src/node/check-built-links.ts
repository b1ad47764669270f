import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SiteConfig } from '../schemas/site.ts';
import { listBuiltPages, readPagesInTurn } from './built-pages.ts';
import { cacheDirs } from './env.ts';
import { findBrokenLinks } from './link-check.ts';
import { packageFile } from './package-files.ts';
import { bytesToHash, inputDigest, lastDigest, saveDigest } from './unchanged-input.ts';

/** The rules themselves are part of what a past result depends on. */
const rulesSource = readFileSync(packageFile('src/node/link-check.ts'), 'utf8');

/**
 * Every internal href/src/srcset of a built site must reach a built file, and a `#fragment` an
 * id on it. A site whose files and pages are all as they were at the last clean check passes
 * without its links being parsed and followed again.
 */
export function checkBuiltLinks(outDir: string, config: Pick<SiteConfig, 'baseUrl'>): { ok: boolean; lines: string[] } {
  const origin = new URL(config.baseUrl).origin;
  const pages = listBuiltPages(outDir);
  const isPage = new Set(pages.map((page) => relative(outDir, page.file)));
  // The search index is written beside this check (scripts/build.ts) and no page links into it.
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => !file.startsWith('pagefind'))
    .sort();
  // Pages are read one at a time, here and for the check itself, so no more than one is held.
  const digest = inputDigest(files, (file) => (isPage.has(file) ? bytesToHash(join(outDir, file)) : undefined), `${rulesSource}\n${origin}`);
  const stamp = join(cacheDirs(process.env).afterBuild, 'links-digest');
  const resolves = `✓ links: every internal link in ${pages.length} pages resolves`;
  if (lastDigest(stamp) === digest) return { ok: true, lines: [`${resolves} (pages unchanged since the last check)`] };
  const broken = findBrokenLinks(readPagesInTurn(pages), (file) => existsSync(join(outDir, file)), origin);
  if (!broken.length) {
    saveDigest(stamp, digest);
    return { ok: true, lines: [resolves] };
  }
  return {
    ok: false,
    lines: [
      `✗ links: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}`,
      ...broken.map((link) => `  ${link.page}  ${link.attribute}="${link.link}": ${link.reason}`),
    ],
  };
}
