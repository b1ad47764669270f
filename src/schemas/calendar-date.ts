import { z } from 'zod';
import { readCalendarDate } from '../domain/calendar-date.ts';

const expected = 'a real calendar date written YYYY-MM-DD, like 2026-11-25';

const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 37)}...` : text}"`;

/**
 * A date field: the one home of every date in frontmatter (`published`, `updated`, and a site's
 * own). Authors write `YYYY-MM-DD`, read as that day at midnight UTC; a full ISO date-time is read
 * as its instant, and a Date (from a caller, or a YAML parser that makes them) is taken as it is.
 * A day the calendar does not have (31 February, month 13) is an error, never rolled over to
 * another day as `new Date()` and `z.coerce.date()` do. The output is a Date, what pages sort by.
 *
 * The frontmatter must reach it as text: `parseYaml` (src/authoring/frontmatter.ts) keeps dates
 * as written, where a YAML parser that makes Dates has already rolled 2026-02-31 over to 3 March.
 */
export const calendarDateSchema = z
  .custom<string | Date>()
  .transform((value, context): Date => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return value;
      context.issues.push({ code: 'custom', input: value, message: `expected ${expected}; received an invalid date` });
      return z.NEVER;
    }
    if (typeof value !== 'string') {
      context.issues.push({ code: 'invalid_type', expected: 'date', input: value, message: `expected ${expected}` });
      return z.NEVER;
    }
    const reading = readCalendarDate(value);
    if (reading.ok) return reading.date;
    const why = reading.reason ? ` (${reading.reason})` : '';
    // The message says what it received: the check (src/authoring/check/schema-issues.ts) shows it as it is.
    context.issues.push({ code: 'custom', input: value, message: `expected ${expected}; received ${quoted(value)}${why}` });
    return z.NEVER;
  })
  // What an editor's YAML schema (Astro writes one from the collection's) shows of the field.
  .meta({ description: 'A calendar date, YYYY-MM-DD', type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] });
