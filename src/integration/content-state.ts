/**
 * The content check's findings, handed from the integration (which runs the check) to the
 * pages (which render), through `virtual:setlist/content-state`. Its one export reads the
 * latest state at call time, because the dev server keeps middleware and page modules cached
 * across content changes: a value baked into a module would go stale.
 */
import type { Plugin, ViteDevServer } from 'vite';
import type { ContentOnDisk } from '../node/check-content-files.ts';
import type { ContentState } from '../route-data/content-state.ts';

const contentStateModuleId = 'virtual:setlist/content-state';
const resolvedId = `\0${contentStateModuleId}`;

// The build renders pages in the process that runs the integration, as the dev server does.
const stateSymbol = 'setlist.content-state';

/** Publishes a new state to the pages; in the dev server, also reloads the open browser tabs. */
export function publishContentState(state: ContentState, server?: ViteDevServer): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(stateSymbol)] = state;
  server?.environments.client.hot.send({ type: 'full-reload', path: '*' });
}

export function contentStatePlugin(): Plugin {
  return {
    name: 'setlist:content-state',
    resolveId: (id) => (id === contentStateModuleId ? resolvedId : undefined),
    load: (id) =>
      id === resolvedId
        ? `export default function contentState() {
  const state = globalThis[Symbol.for(${JSON.stringify(stateSymbol)})];
  if (!state) throw new Error("Setlist's content state is missing: add setlist() to the integrations in astro.config.mjs");
  return state;
}`
        : undefined,
  };
}

/** The state for one run of the check. */
export function contentStateOf(checked: ContentOnDisk, mode: Pick<ContentState, 'live' | 'publishing'>): ContentState {
  const outlines = Object.fromEntries((checked.result?.articles ?? []).map((article) => [article.slug, article.outline]));
  return { errors: checked.report.errors, summary: checked.report.summary, outlines, live: mode.live, publishing: mode.publishing };
}
