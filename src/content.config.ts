import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { afterContentCheck } from './integration/content-check-verdict.ts';
import { contentRoot, insightsGlob, scorecardsGlob } from './node/env.ts';
import { slugFromPath } from './domain/slug.ts';
import { insightSchema } from './schemas/insight.ts';
import { scorecardTemplateSchema } from './schemas/scorecard.ts';

const root = contentRoot(process.env);

// The Setlist integration checks the same files against the same schemas (and the rules that
// span files) while a build syncs them, and in the dev server shows any problem on every page.
export const collections = {
  insights: defineCollection({
    loader: afterContentCheck(glob({ pattern: insightsGlob, base: `${root}/insights`, generateId: ({ entry }) => slugFromPath(entry) })),
    schema: insightSchema,
  }),
  scorecards: defineCollection({
    loader: afterContentCheck(glob({ pattern: scorecardsGlob, base: `${root}/scorecards`, generateId: ({ entry }) => slugFromPath(entry) })),
    schema: scorecardTemplateSchema,
  }),
};
