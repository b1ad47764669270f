import { execFile } from 'node:child_process';
import { globSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { cacheDirs, type AfterBuildOptions } from './env.ts';
import { linkFolder } from './linked-files.ts';
import { bytesToHash, inputDigest, lastDigest, saveDigest } from './unchanged-input.ts';

/**
 * The article pages of every language, as one glob for Pagefind (which reads `{a,b}`) and for
 * Node's: a scorecard or checklist page repeats its article and has nothing of its own to index.
 */
function indexedPagesOf(config: Pick<AfterBuildOptions, 'insightsPaths'>): string {
  const folders = config.insightsPaths.map((path) => path.replace(/^\/|\/$/g, ''));
  return `${folders.length === 1 ? folders[0] : `{${folders.join(',')}}`}/*/index.html`;
}

const pagefindPackage = fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind')));
const pagefindManifest = JSON.parse(readFileSync(pagefindPackage, 'utf8')) as { version: string; bin: string };
const pagefindCommand = join(dirname(pagefindPackage), pagefindManifest.bin);

/**
 * Pagefind's index of what a reader searches, the article pages (their `data-pagefind-body`), one
 * per language (Pagefind splits them by `<html lang>`; a search page loads its own language's),
 * written into the cache and linked into the site's `pagefind/` folder (src/node/linked-files.ts).
 * When the article pages are unchanged since the index was made, the cached index is linked again.
 */
export async function indexForSearch(outDir: string, config: Pick<AfterBuildOptions, 'insightsPaths'>): Promise<string> {
  const indexedPages = indexedPagesOf(config);
  const pages = globSync(indexedPages, { cwd: outDir }).sort();
  const output = join(outDir, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  // Pagefind makes no index of no page; the search page then says search is unavailable.
  if (!pages.length) return '✓ search index: no article page to index';
  const digest = inputDigest(pages, (page) => bytesToHash(join(outDir, page)), `pagefind ${pagefindManifest.version} ${indexedPages}`);
  const saved = join(cacheDirs(process.env).afterBuild, 'search-index');
  const savedIndex = join(saved, 'pagefind');
  const stamp = join(saved, 'digest');
  const reused = lastDigest(stamp) === digest;
  if (!reused) {
    // The stamp goes with the old index: an index left half-written is never taken for a whole one.
    rmSync(saved, { recursive: true, force: true });
    await writeSearchIndex(outDir, indexedPages, savedIndex);
  }
  linkFolder(savedIndex, output);
  if (reused) return `✓ search index: ${pages.length} pages unchanged since the last build, index reused`;
  saveDigest(stamp, digest);
  return `✓ search index: ${pages.length} pages read`;
}

/** Where a machine without Pagefind's own binary package says its binary is (read by Pagefind's npm command). */
const binaryPathVariables = ['PAGEFIND_BINARY_PATH', 'PAGEFIND_EXTENDED_BINARY_PATH'];

/**
 * Pagefind's command line, quiet but for warnings and errors: its Node API runs the same program
 * as a service, which took more CPU and wall time for the same index (README, Performance). It
 * runs in the cache folder and without `PAGEFIND_*` settings, so no `pagefind.yml` of the site's
 * and nothing in the environment changes what it indexes.
 */
async function writeSearchIndex(outDir: string, indexedPages: string, outputPath: string): Promise<void> {
  const folder = dirname(resolve(outputPath));
  mkdirSync(folder, { recursive: true });
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_') || binaryPathVariables.includes(name)));
  const args = [pagefindCommand, '--site', resolve(outDir), '--glob', indexedPages, '--output-path', resolve(outputPath), '--quiet'];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: folder, env });
    if (`${stdout}${stderr}`.trim()) console.warn(`${stdout}${stderr}`.trim());
  } catch (error) {
    const output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`.trim();
    throw new Error(`Pagefind could not index the article pages of ${outDir}: ${output || String(error)}`, { cause: error });
  }
}
