import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import contentState from 'virtual:setlist/content-state';

/**
 * While the content check reports errors (only ever in the dev server: a build stops before
 * rendering), nothing renders: the page answers with Astro's error overlay listing every
 * problem (file, line, field, what was expected), never a page with a part missing or stale
 * data. Called by the middleware for every page and by route data before it reads content,
 * since Astro resolves a page's static paths before middleware runs.
 */
export function assertContentValid(): void {
  const { errors, summary } = contentState();
  const first = errors[0];
  if (!first) return;
  const error = new AstroError(
    `${summary}\n\n${errors.map((problem) => problem.text).join('\n')}`,
    'Fix the files named above; this page reloads by itself when they are valid. `npm run check:content` prints the same list.',
  );
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
