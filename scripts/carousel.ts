/**
 * `npm run carousel -- <slug> [--out file.pdf] [--lang de]` or `npm run carousel -- --all`: prints
 * the carousel page of built articles to PDF with Chromium (one 1080×1350 slide a page), next to
 * the page by default: `dist/insights/<slug>/carousel.pdf` (`dist/de/insights/…` in German). Run
 * `npm run build` first; `--site` names another built site. The build itself needs no browser.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, requireChromium, serveSite } from '../src/node/chromium.ts';
import { carouselPath } from '../src/domain/urls.ts';
import { pathsInLocale } from '../src/domain/locales.ts';
import { localeOption, siteConfigFor } from './site-options.ts';

function fail(message: string): never {
  console.error(`✗ carousel: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean', default: false }, out: { type: 'string' }, site: { type: 'string', default: 'dist' }, lang: { type: 'string' } },
});
const options = await siteConfigFor('carousel');
// The paths of the language asked for: its carousels are its own pages.
const siteConfig = pathsInLocale(options, localeOption(options, values.lang, 'carousel'));
const site = values.site;
const pageFile = (slug: string) => join(site, carouselPath(siteConfig, slug), 'index.html');
const articlesDir = join(site, siteConfig.insightsPath);
if (!existsSync(articlesDir)) fail(`no built site in ${site}/: run npm run build first (or name one with --site)`);
const known = readdirSync(articlesDir).filter((slug) => existsSync(pageFile(slug)));

const slugs = values.all ? known : positionals;
if (slugs.length === 0) fail(`name an article (npm run carousel -- <slug>) or use --all; built articles: ${known.join(', ')}`);
const unknown = slugs.filter((slug) => !known.includes(slug));
if (unknown.length) fail(`no built carousel for ${unknown.map((slug) => `"${slug}"`).join(', ')}; built articles: ${known.join(', ')}`);
if (values.out && slugs.length > 1) fail('--out names one file: give one article, or leave --out out to write each PDF beside its page');

try {
  requireChromium();
} catch (error) {
  fail((error as Error).message);
}
const [browser, server] = await Promise.all([launchBrowser(), serveSite(site)]);
try {
  const page = await browser.newPage();
  for (const slug of slugs) {
    const path = values.out ?? join(site, carouselPath(siteConfig, slug).replace(/\/$/, '.pdf'));
    await page.goto(`${server.origin}${carouselPath(siteConfig, slug)}`, { waitUntil: 'networkidle' });
    // The page's own @page rule sets the slide size; backgrounds are part of the design.
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    console.log(`✓ carousel: ${path}`);
  }
} finally {
  await browser.close();
  await server.close();
}
