import * as z from 'zod/mini';

/**
 * Ids and slugs: lowercase words joined by single hyphens, so they are safe in URLs and anchors.
 * Written with zod's tree-shakable API (`zod/mini`) because the scorecard page's script checks
 * ids too (src/schemas/assessment.ts); the content schemas use it as they use any schema.
 */
export const idPattern = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase words joined by hyphens, like "shared-form"'));
