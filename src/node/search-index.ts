import { globSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import type { SiteConfig } from '../schemas/site.ts';
import { cacheDirs } from './env.ts';
import { linkFolder } from './linked-files.ts';
import { bytesToHash, inputDigest, lastDigest, saveDigest } from './unchanged-input.ts';

/** The article pages: a scorecard or checklist page repeats its article and has nothing of its own to index. */
const indexedPagesOf = (config: Pick<SiteConfig, 'insightsPath'>) => `${config.insightsPath.replace(/^\//, '')}*/index.html`;

const pagefindVersion = (JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind'))), 'utf8')) as { version: string })
  .version;

/**
 * Pagefind's index of what a reader searches, the article pages (their `data-pagefind-body`),
 * written into the cache and linked into the site's `pagefind/` folder (src/node/linked-files.ts).
 * When the article pages are unchanged since the index was made, the cached index is linked again.
 */
export async function indexForSearch(outDir: string, config: Pick<SiteConfig, 'insightsPath'>): Promise<string> {
  const indexedPages = indexedPagesOf(config);
  const pages = globSync(indexedPages, { cwd: outDir }).sort();
  const digest = inputDigest(pages, (page) => bytesToHash(join(outDir, page)), `pagefind ${pagefindVersion} ${indexedPages}`);
  const saved = join(cacheDirs(process.env).afterBuild, 'search-index');
  const savedIndex = join(saved, 'pagefind');
  const stamp = join(saved, 'digest');
  const reused = lastDigest(stamp) === digest;
  if (!reused) {
    // The stamp goes with the old index: an index left half-written is never taken for a whole one.
    rmSync(saved, { recursive: true, force: true });
    await writeSearchIndex(outDir, indexedPages, savedIndex);
  }
  const output = join(outDir, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  linkFolder(savedIndex, output);
  if (reused) return `✓ search index: ${pages.length} pages unchanged since the last build, index reused`;
  saveDigest(stamp, digest);
  return `✓ search index: ${pages.length} pages read`;
}

async function writeSearchIndex(outDir: string, indexedPages: string, outputPath: string): Promise<void> {
  const { index, errors } = await createIndex();
  try {
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: outDir, glob: indexedPages });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await close();
  }
}
