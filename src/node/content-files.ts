import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { findPackageJSON } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContentDisk, SourceFile } from '../authoring/check/index.ts';
import type { SiteLocale } from '../domain/locales.ts';
import { contentFolder, insightsGlob, scorecardsGlobs } from './env.ts';

/** Texts read before, by path, each with its file's size and modification time when it was read. */
export type ReadTexts = Map<string, { size: number; mtimeMs: number; text: string }>;

/**
 * How recently a file may have been written and still be remembered: a file's time is kept in
 * steps of a clock tick, so a second write within the tick of the one read could leave size and
 * time as they were. A file written just before it was read (the saved one) is read every time.
 */
const settledMs = 1000;

/** A file's text, taken from `readBefore` while the file's size and modification time are unchanged. */
function textOf(path: string, readBefore: ReadTexts | undefined): string {
  if (!readBefore) return readFileSync(path, 'utf8');
  const { size, mtimeMs } = statSync(path);
  const before = readBefore.get(path);
  if (before?.size === size && before.mtimeMs === mtimeMs) return before.text;
  const text = readFileSync(path, 'utf8');
  if (Date.now() - mtimeMs > settledMs) readBefore.set(path, { size, mtimeMs, text });
  else readBefore.delete(path);
  return text;
}

/**
 * Every file of a folder that matches. Read synchronously: a thousand small files take a tenth of
 * the time one asynchronous read each takes. The dev server reads them on every save, with the
 * texts it read before: one look at each file in place of opening and reading it.
 */
function readAll(folder: string, pattern: string | string[], readBefore?: ReadTexts): SourceFile[] {
  return globSync(pattern, { cwd: folder })
    .map((path) => ({ full: resolve(folder, path), inCollection: path.split(sep).join('/') }))
    .map(({ full, inCollection }) => ({ file: relative(process.cwd(), full), text: textOf(full, readBefore), inCollection }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Files in `public/`, which the build copies as they are: links to them are valid. */
async function publicFiles(): Promise<string[]> {
  const files: string[] = [];
  for await (const path of glob('**/*', { cwd: 'public' })) files.push(path.split(sep).join('/'));
  return files;
}

// What Vite tries when an import names a module without its extension.
const moduleExtensions = ['', '.astro', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.mdx', '/index.ts', '/index.js'];

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** The site's tsconfig path aliases (`"@components/*": ["src/components/*"]`), as prefixes and the folders they stand for. */
function pathAliases(): [prefix: string, folders: string[]][] {
  try {
    const paths =
      (JSON.parse(readFileSync('tsconfig.json', 'utf8')) as { compilerOptions?: { paths?: Record<string, string[]> } }).compilerOptions?.paths ?? {};
    return Object.entries(paths).map(([alias, targets]) => [alias.replace(/\*$/, ''), targets.map((target) => target.replace(/\*$/, ''))]);
  } catch {
    // No tsconfig.json, or one with comments: no aliases known, so an aliased import is looked up as a package.
    return [];
  }
}

/** Whether a path lies outside the site's folder (the working directory). */
const outsideSiteFolder = (path: string): boolean => {
  const inSite = relative(process.cwd(), resolve(path));
  return inSite === '..' || inSite.startsWith(`..${sep}`) || isAbsolute(inSite);
};

/** The files beside the content, as the content check asks about them. */
function contentDisk(): ContentDisk {
  const aliases = pathAliases();
  const moduleAt = (path: string) => moduleExtensions.map((extension) => path + extension).find(isFile);
  /** Where a path-like import may be, before Vite's extensions; undefined when it names a package. */
  const modulePaths = (specifier: string, fromFile: string): string[] | undefined => {
    if (specifier.startsWith('.')) return [join(dirname(fromFile), specifier)];
    if (specifier.startsWith('/')) return [join('.', specifier)];
    const alias = aliases.find(([prefix]) => specifier.startsWith(prefix));
    return alias?.[1].map((folder) => join(folder, specifier.slice(alias[0].length)));
  };
  const packageFound = (specifier: string, fromFile: string): boolean => {
    try {
      return findPackageJSON(specifier, pathToFileURL(resolve(fromFile))) !== undefined;
    } catch {
      return false;
    }
  };
  return {
    exists: isFile,
    resolveImport(specifier, fromFile) {
      if (specifier.startsWith('astro:')) return { found: true };
      const paths = modulePaths(specifier, fromFile);
      if (!paths) return { found: packageFound(specifier, fromFile) };
      const file = paths.map(moduleAt).find(Boolean);
      if (!file) return { found: false };
      return file.endsWith('.astro') && outsideSiteFolder(file) ? { found: true, componentOutsideSite: resolve(file) } : { found: true };
    },
  };
}

/**
 * Every article and scorecard template under a content root, named relative to the working
 * directory, in each of the site's `locales` (the default language's only, when not given); with
 * `readBefore`, an unchanged file's text is taken from it (see readAll).
 */
export async function readContentSources(
  root: string,
  readBefore?: ReadTexts,
  locales: readonly Pick<SiteLocale, 'key'>[] = [],
): Promise<{ insights: SourceFile[]; scorecards: SourceFile[]; publicFiles: string[]; disk: ContentDisk }> {
  const insights = readAll(contentFolder(root, 'insights'), insightsGlob, readBefore);
  const scorecards = readAll(contentFolder(root, 'scorecards'), scorecardsGlobs(locales), readBefore);
  if (readBefore) {
    // A file removed or renamed is forgotten.
    const read = new Set([...insights, ...scorecards].map((source) => resolve(source.file)));
    for (const path of readBefore.keys()) if (!read.has(path)) readBefore.delete(path);
  }
  return {
    insights,
    scorecards,
    publicFiles: await publicFiles(),
    disk: contentDisk(),
  };
}
