/**
 * The content check's findings, handed from the integration (which runs the check) to the
 * pages (which render). A virtual module carries them: the build reads it once; the dev
 * server rebuilds it whenever a content file changes and reloads the browser.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem, isError } from '../authoring/check/index.ts';
import type { ContentOnDisk } from '../node/check-content-files.ts';
import type { ContentState } from '../route-data/content-state.ts';

export const contentStateModuleId = 'virtual:setlist/content-state';
const resolvedId = `\0${contentStateModuleId}`;

export function contentStatePlugin(currentState: () => ContentState): Plugin {
  return {
    name: 'setlist:content-state',
    resolveId: (id) => (id === contentStateModuleId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? `export default ${JSON.stringify(currentState())};` : undefined),
  };
}

/**
 * Drops the module and every module that imported it, in each server environment and its
 * module runner, so the next request evaluates them with the new state; then reloads the page.
 */
export function reloadContentState(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    const seen = new Set<string>();
    const pending = [environment.moduleGraph.getModuleById(resolvedId)];
    while (pending.length) {
      const module = pending.pop();
      if (!module?.id || seen.has(module.id)) continue;
      seen.add(module.id);
      environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
      const runner = 'runner' in environment ? (environment.runner as { evaluatedModules?: { getModuleById(id: string): unknown; invalidateModule(node: unknown): void } }) : undefined;
      const evaluated = runner?.evaluatedModules?.getModuleById(module.id);
      if (evaluated) runner?.evaluatedModules?.invalidateModule(evaluated);
      pending.push(...module.importers);
    }
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}

/** The state for one run of the check. */
export function contentStateOf(checked: ContentOnDisk, publishing: ContentState['publishing']): ContentState {
  const problems = checked.result?.problems.filter(isError) ?? [];
  const errors = checked.result
    ? problems.map((problem) => ({ text: formatProblem(problem), file: problem.file, line: problem.line }))
    : checked.report.errors.map((text) => ({ text, file: checked.root, line: undefined }));
  const outlines = Object.fromEntries((checked.result?.articles ?? []).map((article) => [article.slug, article.outline]));
  return { errors, outlines, publishing };
}
