import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight, type PageWeight } from './page-weight.ts';
import { articlePath, localeHomePaths, type UrlConfig } from '../domain/urls.ts';

export interface ArticleWeight extends PageWeight {
  path: string;
}

/** What a reader downloads for one built article page: its HTML and the stylesheets and scripts it loads. */
export function articleWeight(outDir: string, config: UrlConfig, slug: string): ArticleWeight {
  return builtPageWeight(outDir, articlePath(config, slug));
}

/** What a reader downloads for the built page at `path` (site-relative, ending in a slash). */
export function builtPageWeight(outDir: string, path: string): ArticleWeight {
  const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
  // Only the asset's path is read from the URL: any origin resolves it against the page.
  const readAsset = (asset: string): Buffer => readFileSync(join(outDir, new URL(asset, `https://site.invalid${path}`).pathname));
  return { path, ...pageWeight(html, readAsset) };
}

/** Every article page of a built site (its articles are those in `/teasers.json`), heaviest (HTML + CSS gzip) first. */
export function allArticleWeights(outDir: string): ArticleWeight[] {
  const feed = JSON.parse(readFileSync(join(outDir, localeHomePaths({}).teaserFeed), 'utf8')) as { url: string }[];
  return feed.map((entry) => builtPageWeight(outDir, new URL(entry.url).pathname)).sort((a, b) => b.html.gzip + b.css.gzip - (a.html.gzip + a.css.gzip));
}
