/**
 * The content check's findings as the pages read them (`virtual:setlist/content-state`), with
 * each article's file and its last change in git. Made where the check runs: on the integration's
 * thread in a build, on the dev server's check thread after each save.
 */
import { resolve } from 'node:path';
import type { ContentState } from '../route-data/content-state.ts';
import type { ContentOnDisk } from './check-content-files.ts';
import { repositoryPath, type GitHistory } from './git-history.ts';

/** Which command the findings are for: what it publishes, and whether its content may change meanwhile. */
export type StateMode = Pick<ContentState, 'live' | 'publishing'>;

export function contentStateOf(checked: ContentOnDisk, mode: StateMode, history: GitHistory | undefined): ContentState {
  const articles = checked.result?.articles ?? [];
  const outlines = Object.fromEntries(articles.map((article) => [article.id, article.outline]));
  const readingMinutes = Object.fromEntries(articles.map((article) => [article.id, article.readingMinutes]));
  const sources = Object.fromEntries(
    articles.map((article) => {
      const lastChanged = history?.lastChanged.get(resolve(article.file));
      const path = repositoryPath(history, article.file);
      return [article.id, { ...(path ? { path } : {}), ...(lastChanged ? { lastChanged: lastChanged.toISOString() } : {}) }];
    }),
  );
  return { errors: checked.report.errors, summary: checked.report.summary, outlines, readingMinutes, sources, live: mode.live, publishing: mode.publishing };
}

/** The findings as the text of the file the pages read. */
export const contentStateText = (checked: ContentOnDisk, mode: StateMode, history: GitHistory | undefined): string =>
  JSON.stringify(contentStateOf(checked, mode, history));
