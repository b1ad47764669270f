import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** Pagefind's index of the built pages (their `data-pagefind-body`), written into the site. */
export async function indexForSearch(outDir: string): Promise<string> {
  const { index, errors } = await createIndex();
  try {
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return `✓ search index: ${added.page_count} pages`;
  } finally {
    await close();
  }
}
