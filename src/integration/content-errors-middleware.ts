/** Dev server only: every page shows the content problems until they are fixed (see assertContentValid). */
import { defineMiddleware } from 'astro:middleware';
import { assertContentValid } from '../route-data/content-errors.ts';

export const onRequest = defineMiddleware((_context, next) => {
  assertContentValid();
  return next();
});
