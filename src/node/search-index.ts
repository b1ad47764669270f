import { cpSync, globSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import type { SiteConfig } from '../schemas/site.ts';
import { cacheDirs } from './env.ts';
import { bytesToHash, inputDigest, lastDigest, saveDigest } from './unchanged-input.ts';

/** The article pages: a scorecard or checklist page repeats its article and has nothing of its own to index. */
const indexedPagesOf = (config: Pick<SiteConfig, 'insightsPath'>) => `${config.insightsPath.replace(/^\//, '')}*/index.html`;

const pagefindVersion = (JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind'))), 'utf8')) as { version: string })
  .version;

/**
 * Pagefind's index of what a reader searches, the article pages (their `data-pagefind-body`),
 * written into the site's `pagefind/` folder. A copy is kept in the cache: when the article
 * pages are unchanged since the index was made, the copy is the index.
 */
export async function indexForSearch(outDir: string, config: Pick<SiteConfig, 'insightsPath'>): Promise<string> {
  const indexedPages = indexedPagesOf(config);
  const pages = globSync(indexedPages, { cwd: outDir }).sort();
  const digest = inputDigest(pages, (page) => bytesToHash(join(outDir, page)), `pagefind ${pagefindVersion} ${indexedPages}`);
  const output = join(outDir, 'pagefind');
  const saved = join(cacheDirs(process.env).afterBuild, 'search-index');
  const stamp = join(saved, 'digest');
  if (lastDigest(stamp) === digest) {
    cpSync(join(saved, 'pagefind'), output, { recursive: true });
    return `✓ search index: ${pages.length} pages unchanged since the last build, index reused`;
  }
  const { index, errors } = await createIndex();
  try {
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: outDir, glob: indexedPages });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await close();
  }
  rmSync(saved, { recursive: true, force: true });
  cpSync(output, join(saved, 'pagefind'), { recursive: true });
  saveDigest(stamp, digest);
  return `✓ search index: ${pages.length} pages read`;
}
