import { describe, expect, it } from 'vitest';
import { isoDate, readableDate, readCalendarDate } from '../../../src/domain/calendar-date.ts';

describe('calendar dates', () => {
  // Midnight UTC: a reader west of Greenwich must still see the 25th, not the 24th.
  const day = new Date('2026-11-25T00:00:00Z');

  it('writes the day in the language asked for, read in UTC', () => {
    expect(readableDate(day, 'en-GB')).toBe('25 November 2026');
    expect(readableDate(day, 'en-US')).toBe('November 25, 2026');
    expect(readableDate(day, 'de')).toBe('25. November 2026');
  });

  it('gives <time datetime> the bare calendar day', () => {
    expect(isoDate(day)).toBe('2026-11-25');
  });

  it('reads a day the calendar has, and says why it refuses one it does not have', () => {
    expect(readCalendarDate('2026-11-25')).toEqual({ ok: true, date: day });
    expect(readCalendarDate('0099-12-31')).toEqual({ ok: true, date: new Date('0099-12-31T00:00:00Z') });
    expect(readCalendarDate('2026-02-31')).toEqual({ ok: false, reason: 'February 2026 has 28 days' });
    expect(readCalendarDate('2400-02-29').ok).toBe(true);
    expect(readCalendarDate('2100-02-29')).toEqual({ ok: false, reason: 'February 2100 has 28 days' });
    expect(readCalendarDate('2026-11-25T10:00:00+24:00')).toEqual({ ok: false, reason: 'a time zone is at most 23:59 from UTC' });
    expect(readCalendarDate('the 25th')).toEqual({ ok: false, reason: undefined });
  });
});
