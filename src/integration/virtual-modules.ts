/**
 * What the integration hands to the pages, as Vite virtual modules: the site's validated
 * options (`virtual:setlist/config`), the content check's findings
 * (`virtual:setlist/content-state`) and the brand colours as a stylesheet
 * (`virtual:setlist/brand.css`, a file, never an inline style, so the Content-Security-Policy
 * needs no exception).
 *
 * The findings change with every check (the build time, every article's outline), so they are
 * not part of the module's code: that would make every page's code new on each build, and Astro's
 * incremental build would render every page again. The integration writes them to a file in the
 * build cache (`writeContentState`), and the module's one function reads the file when it has
 * changed: once in a build, after each check in the dev server.
 */
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { replaceFile } from '../node/replace-file.ts';
import { brandCss } from '../domain/brand-colors.ts';
import type { SiteConfig } from '../schemas/site.ts';

const configModuleId = 'virtual:setlist/config';
const contentStateModuleId = 'virtual:setlist/content-state';
const brandCssModuleId = 'virtual:setlist/brand.css';

// Vite's convention for a virtual module's resolved id; the stylesheet's keeps its .css ending.
const resolved = (id: string) => `\0${id}`;

/** The text last handed to the pages through each state file. */
const lastStates = new Map<string, string>();

/**
 * Hands a new content state to the pages (`text`, a `ContentState` as JSON, made where the check
 * runs: src/node/content-state-of.ts; `stateFile`, an absolute path in the build cache). The
 * file is replaced whole (written beside, then renamed), so a page never reads half of it. A
 * state like the last one is not written again: most saves change no finding, and the pages then
 * keep the state they read (and what they computed from it).
 */
export function writeContentState(stateFile: string, text: string): void {
  if (lastStates.get(stateFile) === text && existsSync(stateFile)) return;
  replaceFile(stateFile, text);
  lastStates.set(stateFile, text);
}

/** The plugin serving the three modules. */
export function setlistModulesPlugin(config: SiteConfig, stateFile: string): Plugin {
  const modules: Record<string, () => string> = {
    [configModuleId]: () => `export const siteConfig = ${JSON.stringify(config)};`,
    [contentStateModuleId]: () => `import { readFileSync, statSync } from 'node:fs';
const file = ${JSON.stringify(stateFile)};
let read;
export default function contentState() {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) throw new Error("Setlist's content state is missing (" + file + "): the pages were rendered before the content check ran");
  // Read again only when the file was replaced (every write is a new file, renamed over the old),
  // so the pages' data, computed from this object, is computed again only when it changed.
  if (read?.ino !== stats.ino || read.mtimeMs !== stats.mtimeMs) read = { ino: stats.ino, mtimeMs: stats.mtimeMs, state: JSON.parse(readFileSync(file, 'utf8')) };
  return read.state;
}`,
    [brandCssModuleId]: () => brandCss(config.brand.colors),
  };
  const byResolvedId = new Map(Object.entries(modules).map(([id, load]) => [resolved(id), load]));
  return {
    name: 'setlist:modules',
    resolveId: (id) => (id in modules ? resolved(id) : undefined),
    load: (id) => byResolvedId.get(id)?.(),
  };
}
