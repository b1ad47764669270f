/**
 * Fails when any internal href/src/srcset in the built site leads nowhere, naming the page
 * and the link. Runs at the end of `npm run build`; alone: `node scripts/check-links.ts [dir]`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { findBrokenLinks, type BuiltPage } from '../src/lib/link-check.ts';
import { siteConfig } from '../src/site.config.ts';

const outDir = process.argv[2] ?? 'dist';

const pages: BuiltPage[] = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({
    path: `/${file.split(sep).join('/')}`.replace(/index\.html$/, ''),
    html: readFileSync(join(outDir, file), 'utf8'),
  }));

const broken = findBrokenLinks(pages, (file) => existsSync(join(outDir, file)), new URL(siteConfig.baseUrl).origin);
if (broken.length) {
  console.error(`✗ links: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}\n`);
  for (const link of broken) console.error(`  ${link.page}  ${link.attribute}="${link.link}": ${link.reason}`);
  process.exit(1);
}
console.log(`✓ links: every internal link in ${pages.length} pages resolves`);
