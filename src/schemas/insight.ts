import { z } from 'zod';
import { isoDate } from '../domain/calendar-date.ts';
import { calendarDateSchema } from './calendar-date.ts';
import { intervalSchema } from './review.ts';
import { idPattern } from './shared.ts';

/** One line of prose: trimmed, not empty. */
const line = z.string().trim().min(1);

/** One framework step: what it is and the checks an operator runs to see it working. */
const frameworkStepSchema = z
  .object({
    id: idPattern,
    title: line,
    summary: line,
    operatorChecks: z.array(line).min(1),
    /** The last drill or game day that tested the step; steps not exercised within the review policy's interval are marked. */
    lastExercised: calendarDateSchema.optional(),
  })
  .strict();

const frameworkSchema = z
  .object({
    name: line,
    intro: line,
    steps: z.array(frameworkStepSchema).min(1, 'expected at least one step; a framework cannot be empty'),
  })
  .strict();

const objectionSchema = z.object({ objection: line, rebuttal: line }).strict();

const cadenceSchema = z
  .object({
    summary: line,
    rhythms: z.array(z.object({ interval: line, ritual: line, metric: line }).strict()).min(1),
  })
  .strict();

const failureSignalsSchema = z
  .object({
    intro: line,
    signals: z.array(line).min(1),
    response: line,
  })
  .strict();

/** The article's scorecard: the template it uses from `content/scorecards/`, and how to use it. */
const scorecardReferenceSchema = z
  .object({
    template: idPattern,
    usage: line,
  })
  .strict();

/** The fields of an article's frontmatter, before the rules that relate them (see `insightSchemaWith`). */
const insightFields = z
  .object({
    title: line.max(120),
    description: line.max(300),
    published: calendarDateSchema,
    updated: calendarDateSchema.optional(),
    /** The person or team who keeps the playbook true; the site's `review.owner` when left out. */
    owner: line.max(80).optional(),
    /** The day someone last checked the playbook against practice; until then its review counts from `published`. */
    reviewed: calendarDateSchema.optional(),
    /** How long a review holds, e.g. "90 days" or "quarterly"; the site's `review.every` when left out. */
    reviewEvery: intervalSchema.optional(),
    tags: z.array(line).default([]),
    draft: z.boolean().default(false),
    /** Place in the site-wide reading order (1 = first); drives Previous / Next. */
    position: z.number().int().min(1),
    /** Name of the series the article belongs to, if any; parts follow `position`. */
    series: line.max(80).optional(),
    tldr: z.array(line).min(1),
    framework: frameworkSchema,
    scorecard: scorecardReferenceSchema,
    checklist: z.array(line).min(1),
    objections: z.array(objectionSchema).min(1),
    cadence: cadenceSchema,
    failureSignals: failureSignalsSchema,
    leadershipQuestions: z.array(line).min(1),
    ninetyDays: line,
    takeaways: z.array(line).min(1),
    teaser: line,
    cta: line,
  })
  .strict();

/**
 * The article schema with a site's own fields added (`setlistCollections({ extend })`), and the
 * rules between fields applied after them (zod cannot add fields to a schema that has rules).
 */
export function insightSchemaWith<Shape extends z.ZodRawShape>(extension: Shape) {
  type Dates = Pick<z.output<typeof insightFields>, 'published' | 'updated' | 'reviewed'>;
  return insightFields.extend(extension).superRefine((data, context) => {
    const dates = data as Dates;
    for (const field of ['updated', 'reviewed'] as const) {
      const date = dates[field];
      if (date && date < dates.published)
        context.addIssue({
          code: 'custom',
          message: `expected the ${field} date to be on or after the published date, ${isoDate(dates.published)}; received ${isoDate(date)}`,
          path: [field],
        });
    }
  });
}

/** Frontmatter of an insights article (`content/insights/<slug>.mdx`). Narrative sections live in the MDX body. */
export const insightSchema = insightSchemaWith({});

/** The names of Setlist's own article fields. */
export const insightFieldNames: readonly string[] = Object.keys(insightFields.shape);

export type FrameworkStep = z.infer<typeof frameworkStepSchema>;
export type Insight = z.infer<typeof insightSchema>;
