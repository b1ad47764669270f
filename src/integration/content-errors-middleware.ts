/** Dev server only: every page shows the content problems until they are fixed (see contentProblemsResponse). */
import { defineMiddleware } from 'astro:middleware';
import { contentProblemsResponse } from '../route-data/content-errors.ts';

export const onRequest = defineMiddleware((_context, next) => contentProblemsResponse() ?? next());
