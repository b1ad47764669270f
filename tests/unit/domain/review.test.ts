import { describe, expect, it } from 'vitest';
import { addInterval, byUrgency, dayIn, intervalText, readInterval, reviewStatus, type ReviewPolicy, type UpkeepFields } from '../../../src/domain/review.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('review intervals', () => {
  it('reads counts of days, weeks, months and years, and the usual rhythm words', () => {
    expect(readInterval('90 days')).toEqual({ count: 90, unit: 'day' });
    expect(readInterval(' 1  Month ')).toEqual({ count: 1, unit: 'month' });
    expect(readInterval('2 weeks')).toEqual({ count: 2, unit: 'week' });
    expect(readInterval('quarterly')).toEqual({ count: 3, unit: 'month' });
    expect(readInterval('Annually')).toEqual({ count: 1, unit: 'year' });
    expect(intervalText({ count: 1, unit: 'year' })).toBe('1 year');
    expect(intervalText({ count: 90, unit: 'day' })).toBe('90 days');
  });

  it('refuses what is not an interval', () => {
    for (const text of ['', '0 days', 'soon', '90', 'days', '3 fortnights', '-1 month', '1.5 months']) expect(readInterval(text), text).toBeUndefined();
  });

  it('adds months and years calendar-true, never rolling over into the next month', () => {
    expect(iso(addInterval(day('2026-01-31'), { count: 1, unit: 'month' }))).toBe('2026-02-28');
    expect(iso(addInterval(day('2028-01-31'), { count: 1, unit: 'month' }))).toBe('2028-02-29');
    expect(iso(addInterval(day('2026-08-31'), { count: 6, unit: 'month' }))).toBe('2027-02-28');
    expect(iso(addInterval(day('2028-02-29'), { count: 1, unit: 'year' }))).toBe('2029-02-28');
    expect(iso(addInterval(day('2026-10-12'), { count: 3, unit: 'month' }))).toBe('2027-01-12');
    expect(iso(addInterval(day('2026-11-30'), { count: 14, unit: 'month' }))).toBe('2028-01-30');
  });

  it('adds days and weeks as whole days, across a change to summer time and a leap day', () => {
    expect(iso(addInterval(day('2026-03-20'), { count: 90, unit: 'day' }))).toBe('2026-06-18');
    expect(iso(addInterval(day('2028-02-20'), { count: 2, unit: 'week' }))).toBe('2028-03-05');
  });
});

describe('the day it is', () => {
  it('reads the build moment as a day in the site time zone', () => {
    const lateInUtc = new Date('2027-01-10T23:30:00Z');
    expect(iso(dayIn(lateInUtc, 'UTC'))).toBe('2027-01-10');
    expect(iso(dayIn(lateInUtc, 'Asia/Tokyo'))).toBe('2027-01-11');
    expect(iso(dayIn(new Date('2027-01-11T03:00:00Z'), 'America/Los_Angeles'))).toBe('2027-01-10');
  });
});

describe('review status', () => {
  const policy: ReviewPolicy = { owner: 'Site Ops', every: { count: 90, unit: 'day' }, exerciseEvery: undefined, dueSoonDays: 30, timeZone: 'UTC' };
  const steps = [
    { id: 'listen', title: 'Listen' },
    { id: 'lead', title: 'Lead' },
  ];
  const article = (fields: Partial<UpkeepFields> = {}): UpkeepFields => ({ published: day('2026-09-01'), framework: { steps }, ...fields });

  it('counts from the review date, or from publication when the playbook was never reviewed', () => {
    const reviewed = reviewStatus(article({ reviewed: day('2026-10-12'), reviewEvery: { count: 3, unit: 'month' } }), policy, day('2026-11-01'));
    expect(iso(reviewed.due)).toBe('2027-01-12');
    expect(reviewed).toMatchObject({ state: 'current', daysLeft: 72, owner: 'Site Ops' });
    const never = reviewStatus(article({ owner: 'Platform team' }), policy, day('2026-11-01'));
    expect(iso(never.lastReviewed)).toBe('2026-09-01');
    expect(never.reviewed).toBeUndefined();
    expect(iso(never.due)).toBe('2026-11-30');
    expect(never).toMatchObject({ state: 'due-soon', daysLeft: 29, owner: 'Platform team' });
  });

  it('is due on its due day and overdue the day after', () => {
    expect(reviewStatus(article(), policy, day('2026-11-30')).state).toBe('due-soon');
    expect(reviewStatus(article(), policy, day('2026-12-01'))).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect(reviewStatus(article(), policy, day('2026-10-30')).state).toBe('current');
  });

  it('marks steps whose drill lapsed or never ran, once the article records drills at all', () => {
    expect(reviewStatus(article(), policy, day('2026-11-01')).drills).toEqual([]);
    const drilled = reviewStatus(
      article({ framework: { steps: [{ ...steps[0]!, lastExercised: day('2026-06-01') }, steps[1]!] } }),
      { ...policy, exerciseEvery: { count: 6, unit: 'month' } },
      day('2026-11-01'),
    );
    expect(drilled.drills.map((drill) => [drill.id, drill.state, iso(drill.due)])).toEqual([
      ['listen', 'due-soon', '2026-12-01'],
      ['lead', 'overdue', undefined],
    ]);
    const lapsed = reviewStatus(article({ framework: { steps: [{ ...steps[0]!, lastExercised: day('2026-06-01') }] } }), policy, day('2026-11-01'));
    expect(lapsed.drills[0]).toMatchObject({ state: 'overdue' });
    expect(iso(lapsed.drills[0]!.due)).toBe('2026-08-30');
  });

  it('sorts the most urgent first', () => {
    const statuses = [
      { name: 'fine', state: 'current', due: day('2027-05-01') },
      { name: 'late', state: 'overdue', due: day('2026-10-01') },
      { name: 'soon', state: 'due-soon', due: day('2026-11-20') },
      { name: 'later', state: 'overdue', due: day('2026-10-20') },
    ] as const;
    expect([...statuses].sort(byUrgency).map((status) => status.name)).toEqual(['late', 'later', 'soon', 'fine']);
  });
});
