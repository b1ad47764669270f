import { z } from 'zod';

/** Ids and slugs: lowercase words joined by single hyphens, so they are safe in URLs and anchors. */
export const idPattern = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase words joined by hyphens, like "shared-form"');

/** One line of prose: trimmed, not empty. */
export const line = z.string().trim().min(1);
