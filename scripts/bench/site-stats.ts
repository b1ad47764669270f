/** What a build wrote, and what a reader downloads for one article page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight, type PageWeight } from '../../src/lib/page-weight.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/site.config.ts';

export interface OutputStats {
  /** HTML files, one per page. */
  pages: number;
  files: number;
  bytes: number;
}

export function outputStats(outDir: string): OutputStats {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return {
    pages: files.filter((entry) => entry.name.endsWith('.html')).length,
    files: files.length,
    bytes: files.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0),
  };
}

export interface ArticleWeight extends PageWeight {
  path: string;
}

/** The page weight of one built article, counting its stylesheets and scripts as `npm run size` does. */
export function articleWeight(outDir: string, slug: string): ArticleWeight {
  const path = articlePath(siteConfig, slug);
  const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const readAsset = (asset: string): string => readFileSync(join(outDir, new URL(asset, `${siteConfig.baseUrl}${path}`).pathname), 'utf8');
  return { path, ...pageWeight(html, readAsset) };
}
