import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import contentState from 'virtual:setlist/content-state';
import { problemsPageHtml } from '../domain/problems-page.ts';

/** What to do about the problems, on the page and in the overlay. */
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

/**
 * Route data asks this before it reads content it has never seen valid (a dev server started on
 * broken content): Astro resolves a page's static paths before middleware runs, so the problems
 * are thrown, and Astro's overlay lists them.
 */
export function assertContentValid(): void {
  const { errors, summary } = contentState();
  const first = errors[0];
  if (!first) return;
  const error = new AstroError(`${summary}\n\n${errors.map((problem) => problem.text).join('\n')}`, fixHint);
  // The overlay opens the first problem's file at its line. No stack: the problem is in the
  // content, not in code, and the terminal already printed the same list.
  Object.assign(error, {
    name: 'SetlistContentError',
    title: 'Your content needs a fix.',
    loc: { file: resolve(first.file), line: first.line ?? 1, column: 1 },
    stack: '',
  });
  throw error;
}
