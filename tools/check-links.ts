/**
 * Fails when any internal href/src/srcset in the built site leads nowhere, naming the page
 * and the link. Runs at the end of `npm run build`; alone: `node tools/check-links.ts [dir]`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findBrokenLinks } from '../src/node/link-check.ts';
import { siteConfig } from '../src/site.config.ts';
import { readBuiltPages } from '../src/node/built-pages.ts';

const outDir = process.argv[2] ?? 'dist';
const pages = readBuiltPages(outDir);
const broken = findBrokenLinks(pages, (file) => existsSync(join(outDir, file)), new URL(siteConfig.baseUrl).origin);
if (broken.length) {
  console.error(`✗ links: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}\n`);
  for (const link of broken) console.error(`  ${link.page}  ${link.attribute}="${link.link}": ${link.reason}`);
  process.exit(1);
}
console.log(`✓ links: every internal link in ${pages.length} pages resolves`);
