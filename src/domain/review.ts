/**
 * The upkeep rules of a playbook: when it was last checked against practice, when the next review
 * falls due, and whether its steps were exercised (a drill, a game day) recently enough. Dates are
 * calendar days (midnight UTC, as frontmatter dates are read); "today" is the build's moment read
 * as a day in the site's time zone, so a build late in the evening in Osaka already counts the
 * next day.
 */
import type { SiteConfig } from '../schemas/site.ts';
import { daysInMonth } from './calendar-date.ts';

/** A stretch of calendar time, as authors write it: "90 days", "2 weeks", "6 months", "1 year". */
export interface Interval {
  count: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

/** Words authors use for the usual rhythms, read as the interval they mean. */
const namedIntervals: Record<string, Interval> = {
  weekly: { count: 1, unit: 'week' },
  fortnightly: { count: 2, unit: 'week' },
  monthly: { count: 1, unit: 'month' },
  quarterly: { count: 3, unit: 'month' },
  'half-yearly': { count: 6, unit: 'month' },
  yearly: { count: 1, unit: 'year' },
  annually: { count: 1, unit: 'year' },
};

export const intervalExamples = `"90 days", "6 weeks", "6 months", "1 year" or one of ${Object.keys(namedIntervals).join(', ')}`;

/** Reads "90 days", "1 month", "quarterly"…; undefined when the text is none of them. */
export function readInterval(text: string): Interval | undefined {
  const normalised = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const named = namedIntervals[normalised];
  if (named) return named;
  const match = /^(\d{1,4}) ?(day|week|month|year)s?$/.exec(normalised);
  if (!match) return undefined;
  const count = Number(match[1]);
  return count > 0 ? { count, unit: match[2] as Interval['unit'] } : undefined;
}

/** "90 days", "1 month": the interval as a reader reads it. */
export function intervalText({ count, unit }: Interval): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

const dayMs = 86_400_000;

/**
 * The day an interval after `day`. Months and years are calendar-true: a month after 31 January
 * is the last day of February, a year after 29 February is 28 February; never a day that rolls
 * over into the month after.
 */
export function addInterval(day: Date, { count, unit }: Interval): Date {
  if (unit === 'day' || unit === 'week') return new Date(day.getTime() + count * (unit === 'week' ? 7 : 1) * dayMs);
  const months = day.getUTCMonth() + count * (unit === 'year' ? 12 : 1);
  const year = day.getUTCFullYear() + Math.floor(months / 12);
  const month = months % 12;
  const result = new Date(day.getTime());
  result.setUTCFullYear(year, month, Math.min(day.getUTCDate(), daysInMonth(year, month + 1)));
  return result;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day it is at `instant` in `timeZone` (an IANA name), as that day's midnight UTC. */
export function dayIn(instant: Date, timeZone: string): Date {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dayFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  const day = new Date(0);
  day.setUTCFullYear(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
  return day;
}

/** Whether `timeZone` is an IANA time zone this runtime knows ("Europe/Warsaw", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Whole days from `from` to `to` (both calendar days); negative when `to` is earlier. */
const daysBetween = (from: Date, to: Date): number => Math.round((to.getTime() - from.getTime()) / dayMs);

/** Overdue: the due day has passed. Due soon: it comes within the site's warning window. */
export type ReviewState = 'overdue' | 'due-soon' | 'current';

/** Most urgent first. */
const stateOrder: ReviewState[] = ['overdue', 'due-soon', 'current'];

function stateOf(due: Date, today: Date, dueSoonDays: number): ReviewState {
  const daysLeft = daysBetween(today, due);
  return daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due-soon' : 'current';
}

/** What the site says about upkeep when an article does not (`review` in the site's options, src/schemas/review.ts). */
export type ReviewPolicy = SiteConfig['review'];

/** The upkeep fields of an article's frontmatter. */
export interface UpkeepFields {
  published: Date;
  owner?: string | undefined;
  reviewed?: Date | undefined;
  reviewEvery?: Interval | undefined;
  framework: { steps: readonly { id: string; title: string; lastExercised?: Date | undefined }[] };
}

export interface StepDrill {
  id: string;
  title: string;
  lastExercised: Date | undefined;
  /** When the step should next be exercised; none for a step never exercised. */
  due: Date | undefined;
  /** A step never exercised counts as overdue: nothing shows it works. */
  state: ReviewState;
}

export interface ReviewStatus {
  owner: string;
  /** The review date the author wrote, if any. */
  reviewed: Date | undefined;
  /** What the next review counts from: the review date, or the day the playbook was published. */
  lastReviewed: Date;
  every: Interval;
  due: Date;
  /** Negative once overdue. */
  daysLeft: number;
  state: ReviewState;
  /**
   * Each step's drill, when the article records any (`lastExercised` on a step); an article that
   * records none does not track drills, and this is empty.
   */
  drills: StepDrill[];
}

/** An article's review state on `today` (a calendar day, see `dayIn`). */
export function reviewStatus(fields: UpkeepFields, policy: ReviewPolicy, today: Date): ReviewStatus {
  const every = fields.reviewEvery ?? policy.every;
  const lastReviewed = fields.reviewed ?? fields.published;
  const due = addInterval(lastReviewed, every);
  const steps = fields.framework.steps;
  const tracksDrills = steps.some((step) => step.lastExercised);
  const drillEvery = policy.exerciseEvery ?? every;
  return {
    owner: fields.owner ?? policy.owner,
    reviewed: fields.reviewed,
    lastReviewed,
    every,
    due,
    daysLeft: daysBetween(today, due),
    state: stateOf(due, today, policy.dueSoonDays),
    drills: tracksDrills
      ? steps.map((step) => {
          const stepDue = step.lastExercised && addInterval(step.lastExercised, drillEvery);
          return {
            id: step.id,
            title: step.title,
            lastExercised: step.lastExercised,
            due: stepDue,
            state: stepDue ? stateOf(stepDue, today, policy.dueSoonDays) : 'overdue',
          };
        })
      : [],
  };
}

/** Most urgent first: overdue before due soon before current, then the earliest due day. */
export function byUrgency(a: Pick<ReviewStatus, 'state' | 'due'>, b: Pick<ReviewStatus, 'state' | 'due'>): number {
  return stateOrder.indexOf(a.state) - stateOrder.indexOf(b.state) || a.due.getTime() - b.due.getTime();
}

/** Whether a step's drill needs a mark: it lapsed, or it was never run. */
export const drillLapsed = (drill: Pick<StepDrill, 'state'>): boolean => drill.state === 'overdue';
