import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../site.config.ts';
import { readBuiltPages } from './built-pages.ts';
import { findBrokenLinks } from './link-check.ts';

/** Every internal href/src/srcset of a built site must reach a built file, and a `#fragment` an id on it. */
export function checkBuiltLinks(outDir: string): { ok: boolean; lines: string[] } {
  const pages = readBuiltPages(outDir);
  const broken = findBrokenLinks(pages, (file) => existsSync(join(outDir, file)), new URL(siteConfig.baseUrl).origin);
  if (!broken.length) return { ok: true, lines: [`✓ links: every internal link in ${pages.length} pages resolves`] };
  return {
    ok: false,
    lines: [
      `✗ links: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}`,
      ...broken.map((link) => `  ${link.page}  ${link.attribute}="${link.link}": ${link.reason}`),
    ],
  };
}
