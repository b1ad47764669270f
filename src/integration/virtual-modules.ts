/**
 * What the integration hands to the pages, as Vite virtual modules: the site's validated
 * options (`virtual:setlist/config`), the content check's findings
 * (`virtual:setlist/content-state`) and the brand colours as a stylesheet
 * (`virtual:setlist/brand.css`, a file, never an inline style, so the Content-Security-Policy
 * needs no exception). Each module's text is made from the current value when Vite loads it; in
 * the dev server a new content state invalidates its module, and the pages import it afresh.
 */
import { isRunnableDevEnvironment, type Plugin, type ViteDevServer } from 'vite';
import { brandCss } from '../domain/brand-colors.ts';
import type { ContentState } from '../route-data/content-state.ts';
import type { SiteConfig } from '../schemas/site.ts';

const configModuleId = 'virtual:setlist/config';
const contentStateModuleId = 'virtual:setlist/content-state';
const brandCssModuleId = 'virtual:setlist/brand.css';

// Vite's convention for a virtual module's resolved id; the stylesheet's keeps its .css ending.
const resolved = (id: string) => `\0${id}`;

/** The plugin serving the three modules; `contentState()` is read each time its module loads. */
export function setlistModulesPlugin(config: SiteConfig, contentState: () => ContentState | undefined): Plugin {
  const modules: Record<string, () => string> = {
    [configModuleId]: () => `export const siteConfig = ${JSON.stringify(config)};`,
    [contentStateModuleId]: () => {
      const state = contentState();
      if (!state) throw new Error("Setlist's content state is missing: the pages were rendered before the content check ran");
      return `export default ${JSON.stringify(state)};`;
    },
    [brandCssModuleId]: () => brandCss(config.brand.colors),
  };
  const byResolvedId = new Map(Object.entries(modules).map(([id, load]) => [resolved(id), load]));
  return {
    name: 'setlist:modules',
    resolveId: (id) => (id in modules ? resolved(id) : undefined),
    load: (id) => byResolvedId.get(id)?.(),
  };
}

/**
 * After a new content check in the dev server: the state's module is made again on its next
 * import, and every open tab reloads.
 */
export function invalidateContentState(server: ViteDevServer): void {
  const id = resolved(contentStateModuleId);
  for (const environment of Object.values(server.environments)) {
    const module = environment.moduleGraph.getModuleById(id);
    if (module) environment.moduleGraph.invalidateModule(module);
    if (isRunnableDevEnvironment(environment)) {
      const evaluated = environment.runner.evaluatedModules.getModuleById(id);
      if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
    }
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}
