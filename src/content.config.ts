import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot, insightsGlob, scorecardsGlob } from './node/env.ts';
import { slugFromPath } from './domain/slug.ts';
import { insightSchema } from './schemas/insight.ts';
import { scorecardTemplateSchema } from './schemas/scorecard.ts';

const root = contentRoot(process.env);

// The Setlist integration checks the same files against the same schemas (and the rules that
// span files) before a build starts, and in the dev server shows any problem on every page.
export const collections = {
  insights: defineCollection({
    loader: glob({ pattern: insightsGlob, base: `${root}/insights`, generateId: ({ entry }) => slugFromPath(entry) }),
    schema: insightSchema,
  }),
  scorecards: defineCollection({
    loader: glob({ pattern: scorecardsGlob, base: `${root}/scorecards`, generateId: ({ entry }) => slugFromPath(entry) }),
    schema: scorecardTemplateSchema,
  }),
};
