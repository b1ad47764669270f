/**
 * Files of the Setlist package itself, wherever the code asking runs from: its TypeScript
 * sources in a checkout, the package installed in a site's node_modules, or the JavaScript
 * `npm pack` bundles of them (`lib/`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageName = 'setlist';

/** The nearest folder up from this module whose package.json is Setlist's. */
function findPackageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === packageName) return `${folder}/`;
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no package.json named "${packageName}" above ${fileURLToPath(import.meta.url)}`);
    folder = parent;
  }
}

/** The package's root folder, ending in a slash. */
export const packageRoot: string = findPackageRoot();

/** A file of the package, by its path from the package root (`src/assets/fonts/`). */
export function packageFile(path: string): string {
  return `${packageRoot}${path}`;
}

/** Where `npm pack` puts the JavaScript made of a TypeScript entry file (see scripts/compile-package.ts). */
export function compiledPath(source: string): string {
  return `lib/${source.replace(/\.ts$/, '.js')}`;
}

/** The files Node runs on its own, as a worker thread or a child process: `npm pack` compiles each. */
export const runnableSources = ['src/integration/body-render-worker.ts', 'src/node/content-check-worker.ts', 'src/og/prerender-process.ts'] as const;

/**
 * One of `runnableSources`, to start. Node strips the types of the project's own files, but
 * refuses to under node_modules: an installed Setlist runs the JavaScript `npm pack` made of it.
 */
export function runnableFile(source: (typeof runnableSources)[number]): URL {
  const compiled = packageFile(compiledPath(source));
  const installed = packageRoot.includes('/node_modules/');
  if (installed && !existsSync(compiled)) throw new Error(`Setlist is installed without ${compiledPath(source)}; reinstall it from a package made by npm pack`);
  return pathToFileURL(installed ? compiled : packageFile(source));
}
