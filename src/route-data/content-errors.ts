import { resolve } from 'node:path';
import contentState from 'virtual:setlist/content-state';
import { problemsPageHtml } from '../domain/problems-page.ts';

/** What to do about the problems. */
const fixHint = 'Fix the files named above; this page reloads by itself when they are valid. `npm run check:content` prints the same list.';

/**
 * While the content check reports errors (only ever in the dev server: a build stops before
 * rendering), no page renders: every request is answered with the list of problems (file, line,
 * field, what was expected), never a page with a part missing or stale data. Undefined when the
 * content is valid. The middleware asks this for every page.
 */
export function contentProblemsResponse(): Response | undefined {
  const { errors, summary } = contentState();
  if (errors.length === 0) return undefined;
  const problems = errors.map((problem) => ({ text: problem.text, path: resolve(problem.file), line: problem.line }));
  return new Response(problemsPageHtml(summary, problems, fixHint), { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
