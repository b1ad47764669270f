import { describe, expect, it } from 'vitest';
import { isoDate, readableDate } from '../../../src/domain/calendar-date.ts';

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
});
