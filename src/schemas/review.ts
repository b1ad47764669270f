import { z } from 'zod';
import { intervalExamples, isTimeZone, readInterval, type Interval } from '../domain/review.ts';

const intervalUnits: readonly string[] = ['day', 'week', 'month', 'year'] satisfies Interval['unit'][];

/** An interval already read (options validated once are handed on as they are). */
const isInterval = (value: unknown): value is Interval =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as Interval).count) &&
  (value as Interval).count > 0 &&
  intervalUnits.includes((value as Interval).unit);

/**
 * How often something is due, as authors write it ("90 days", "quarterly"); read into an
 * `Interval` (src/domain/review.ts), which the review rules count with.
 */
export const intervalSchema = z
  .custom<string | Interval>()
  .transform((value, context): Interval => {
    if (isInterval(value)) return value;
    const interval = typeof value === 'string' ? readInterval(value) : undefined;
    if (interval) return interval;
    const received = typeof value === 'string' ? `"${value}"` : `a ${typeof value}`;
    context.issues.push({ code: 'custom', input: value, message: `expected an interval such as ${intervalExamples}; received ${received}` });
    return z.NEVER;
  })
  .meta({ description: 'How often, e.g. "90 days", "6 months" or "quarterly"', type: 'string' });

/** An IANA time zone, e.g. "Europe/Warsaw". */
const timeZoneSchema = z.string().refine(isTimeZone, { error: 'expected an IANA time zone such as "UTC" or "Europe/Warsaw"' });

/**
 * The site's review policy (`review` in the options): what an article that says nothing of its
 * upkeep gets. Every article has a review due date, counted from its `reviewed` date or, until
 * someone reviews it, from the day it was published.
 */
export const reviewPolicySchema = z
  .strictObject({
    /** Who owns a playbook that names no `owner`; the author's name when left out. */
    owner: z.string().min(1).optional(),
    /** How long a review holds when an article sets no `reviewEvery`. */
    every: intervalSchema.prefault('6 months'),
    /** How recently each step must have been exercised in a drill (`lastExercised`); each article's review interval when left out. */
    exerciseEvery: intervalSchema.optional(),
    /** How many days before its due date a review counts as due soon. */
    dueSoonDays: z.number().int().min(0).max(366).default(30),
    /** The time zone that says which day it is when the site is built. */
    timeZone: timeZoneSchema.default('UTC'),
  })
  .prefault({});
