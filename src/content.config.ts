import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot, insightsGlob, scorecardsGlob } from './node/env.ts';
import { slugFromPath } from './domain/slug.ts';
import { insightSchema } from './schemas/insight.ts';
import { scorecardTemplateSchema } from './schemas/scorecard.ts';

const root = contentRoot(process.env);

// `tools/check-content.ts` validates the same schemas first and explains every problem;
// by the time Astro loads these collections, they are known to be valid.
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
