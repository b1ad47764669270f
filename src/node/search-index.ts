import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { siteConfig } from '../site.config.ts';

/**
 * Pagefind's index of what a reader searches, the article pages (their `data-pagefind-body`),
 * written into the site. Only the files directly under the insights path are read: a
 * scorecard or checklist page repeats its article and has nothing of its own to index.
 */
export async function indexForSearch(outDir: string): Promise<string> {
  const { index, errors } = await createIndex();
  try {
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: outDir, glob: `${siteConfig.insightsPath.replace(/^\//, '')}*/index.html` });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return `✓ search index: ${added.page_count} pages read`;
  } finally {
    await close();
  }
}
