/**
 * Dev server only: while the content check reports errors, every page answers with Astro's
 * error overlay listing them (file, line, field, what was expected), instead of rendering a
 * page with a part missing or stale data. It clears as soon as the files are fixed.
 */
import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import { defineMiddleware } from 'astro:middleware';
import contentState from 'virtual:setlist/content-state';

export const onRequest = defineMiddleware((_context, next) => {
  const { errors } = contentState;
  const first = errors[0];
  if (!first) return next();
  const error = new AstroError(
    `${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n\n${errors.map((problem) => problem.text).join('\n')}`,
    'Fix the files named above; this page reloads by itself when they are valid. `npm run check:content` prints the same list.',
  );
  // The overlay opens the first problem's file at its line.
  Object.assign(error, { loc: { file: resolve(first.file), line: first.line ?? 1, column: 1 } });
  throw error;
});
