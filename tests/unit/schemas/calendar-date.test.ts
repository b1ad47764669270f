import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarDateSchema } from '../../../src/schemas/calendar-date.ts';
import { insightSchema, insightSchemaWith } from '../../../src/schemas/insight.ts';
import { loadContent } from '../../helpers/content.ts';

const expected = 'expected a real calendar date written YYYY-MM-DD, like 2026-11-25';

/** The one message of a refused value, or the Date of an accepted one. */
function read(value: unknown): Date | string | undefined {
  const result = calendarDateSchema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  expect(result.error.issues).toHaveLength(1);
  return result.error.issues[0]?.message;
}

describe('a calendar date field', () => {
  it('reads YYYY-MM-DD as that day at midnight UTC', () => {
    expect(read('2026-11-25')).toEqual(new Date(Date.UTC(2026, 10, 25)));
    expect(read('2028-02-29')).toEqual(new Date(Date.UTC(2028, 1, 29)));
    expect(read('2000-02-29')).toEqual(new Date(Date.UTC(2000, 1, 29)));
  });

  it('refuses a day the month does not have, saying how many it has, instead of rolling over', () => {
    expect(read('2026-02-31')).toBe(`${expected}; received "2026-02-31" (February 2026 has 28 days)`);
    expect(read('2026-02-29')).toBe(`${expected}; received "2026-02-29" (February 2026 has 28 days)`);
    expect(read('1900-02-29')).toBe(`${expected}; received "1900-02-29" (February 1900 has 28 days)`);
    expect(read('2026-04-31')).toBe(`${expected}; received "2026-04-31" (April 2026 has 30 days)`);
    expect(read('2026-01-32')).toBe(`${expected}; received "2026-01-32" (January 2026 has 31 days)`);
    expect(read('2026-01-00')).toBe(`${expected}; received "2026-01-00" (days start at 01)`);
  });

  it('refuses month 13 and month 00: months run 01 to 12', () => {
    expect(read('2026-13-01')).toBe(`${expected}; received "2026-13-01" (months run 01 to 12)`);
    expect(read('2026-00-10')).toBe(`${expected}; received "2026-00-10" (months run 01 to 12)`);
  });

  it('reads a full ISO date-time as its instant, in UTC when it names no zone (as YAML does)', () => {
    expect(read('2026-11-25T10:30:00Z')).toEqual(new Date('2026-11-25T10:30:00Z'));
    expect(read('2026-11-25T10:30:00.250+01:00')).toEqual(new Date('2026-11-25T09:30:00.250Z'));
    expect(read('2026-11-25T23:30-05:00')).toEqual(new Date('2026-11-26T04:30:00Z'));
    expect(read('2026-11-25 10:30:00')).toEqual(new Date('2026-11-25T10:30:00Z'));
    expect(read('2001-12-14 21:59:43.10 -5')).toEqual(new Date('2001-12-15T02:59:43.100Z'));
  });

  it('refuses an impossible day or time in a date-time', () => {
    expect(read('2026-02-30T10:00:00Z')).toBe(`${expected}; received "2026-02-30T10:00:00Z" (February 2026 has 28 days)`);
    expect(read('2026-11-25T24:00:00Z')).toBe(`${expected}; received "2026-11-25T24:00:00Z" (hours run 00 to 23, minutes and seconds 00 to 59)`);
  });

  it('refuses text written another way, and says what it received', () => {
    expect(read('25/11/2026')).toBe(`${expected}; received "25/11/2026"`);
    expect(read('November 25, 2026')).toBe(`${expected}; received "November 25, 2026"`);
    expect(read('2026-1-5')).toBe(`${expected}; received "2026-1-5"`);
  });

  it('takes a Date from a caller as it is, and refuses an invalid one', () => {
    const day = new Date('2026-11-25T00:00:00Z');
    expect(read(day)).toBe(day);
    expect(read(new Date('not a date'))).toBe(`${expected}; received an invalid date`);
  });

  it('refuses a number, an empty value or nothing as the wrong type', () => {
    for (const value of [2026, null, undefined, ['2026-11-25']]) {
      const result = calendarDateSchema.safeParse(value);
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'invalid_type', expected: 'date', message: expected })]);
    }
  });

  it('types its input as text or a Date and its output as a Date', () => {
    const input: z.input<typeof calendarDateSchema> = '2026-11-25';
    const output: z.output<typeof calendarDateSchema> = calendarDateSchema.parse(input);
    expect(output).toBeInstanceOf(Date);
  });
});

describe('the article dates', () => {
  const seed = loadContent().articles[0]!.data;

  it('are Dates once parsed, from text as parseYaml gives them', () => {
    const data = insightSchema.parse({ ...seed, published: '2026-10-06', updated: '2026-10-07' });
    expect(data.published).toEqual(new Date('2026-10-06T00:00:00Z'));
    expect(data.updated).toEqual(new Date('2026-10-07T00:00:00Z'));
  });

  it('report an impossible published day at its field, and skip the updated-after-published rule then', () => {
    const result = insightSchema.safeParse({ ...seed, published: '2026-02-31', updated: '2026-03-01' });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['published'], `${expected}; received "2026-02-31" (February 2026 has 28 days)`],
    ]);
  });

  it('still compare updated with published', () => {
    const result = insightSchema.safeParse({ ...seed, published: '2026-10-06', updated: '2026-10-05' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['updated']]);
  });

  it("work in a site's extended schema, and a site's own date field can use the same schema", () => {
    const site = insightSchemaWith({ reviewed: calendarDateSchema.optional() });
    const data = site.parse({ ...seed, published: '2026-10-06', reviewed: '2026-10-08' });
    expect(data.published).toEqual(new Date('2026-10-06T00:00:00Z'));
    expect(data.reviewed).toEqual(new Date('2026-10-08T00:00:00Z'));
    expect(site.safeParse({ ...seed, reviewed: '2026-09-31' }).error?.issues.map((issue) => issue.path)).toEqual([['reviewed']]);
  });

  it("give Astro's JSON schema of the collection a text field", () => {
    const json = z.toJSONSchema(insightSchema, { unrepresentable: 'any', io: 'input' }) as { properties: Record<string, unknown> };
    expect(json.properties.published).toMatchObject({ type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] });
    expect(json.properties.updated).toMatchObject({ type: 'string' });
  });
});
