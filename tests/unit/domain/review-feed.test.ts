import { describe, expect, it } from 'vitest';
import { mergedReviewFeeds, reviewFeed, reviewFeedText } from '../../../src/domain/review-feed.ts';
import { reviewStatus, type ReviewPolicy } from '../../../src/domain/review.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const policy: ReviewPolicy = { owner: 'Ops', every: { count: 6, unit: 'month' }, dueSoonDays: 30, timeZone: 'UTC' };
const today = day('2026-12-06');
const article = (id: string, title: string, fields: { published: string; reviewed?: string; owner?: string; lastExercised?: string }) => ({
  id,
  data: { title },
  review: reviewStatus(
    {
      published: day(fields.published),
      reviewed: fields.reviewed ? day(fields.reviewed) : undefined,
      owner: fields.owner,
      framework: { steps: [{ id: 'drill', title: 'Failover drill', lastExercised: fields.lastExercised ? day(fields.lastExercised) : undefined }] },
    },
    policy,
    today,
  ),
});
const config = { baseUrl: 'https://ops.example.org', insightsPath: '/insights/', review: policy };

describe('the review feed', () => {
  const feed = reviewFeed(
    config,
    [
      article('fresh', 'Fresh', { published: '2026-11-01' }),
      article('stale', 'Stale', { published: '2025-01-10', reviewed: '2026-03-01', owner: 'Platform team', lastExercised: '2025-02-01' }),
      article('soon', 'Soon', { published: '2026-06-20' }),
    ],
    today,
  );

  it('lists every playbook most urgent first, with calendar days and the drills it records', () => {
    expect(feed).toMatchObject({ asOf: '2026-12-06', timeZone: 'UTC', dueSoonDays: 30 });
    expect(feed.playbooks.map((entry) => [entry.slug, entry.state, entry.due, entry.daysLeft])).toEqual([
      ['stale', 'overdue', '2026-09-01', -96],
      ['soon', 'due-soon', '2026-12-20', 14],
      ['fresh', 'current', '2027-05-01', 146],
    ]);
    expect(feed.playbooks[0]).toMatchObject({
      url: 'https://ops.example.org/insights/stale/',
      owner: 'Platform team',
      reviewed: '2026-03-01',
      every: '6 months',
      drills: [{ id: 'drill', lastExercised: '2025-02-01', due: '2025-08-01', state: 'overdue' }],
    });
    expect(feed.playbooks[2]).toMatchObject({ owner: 'Ops', reviewed: null, lastReviewed: '2026-11-01', drills: [] });
  });

  it('reads as a table with each lapsed drill under its playbook and a count at the end', () => {
    const lines = reviewFeedText(feed).trimEnd().split('\n');
    expect(lines[0]).toBe('Reviews as of 2026-12-06 (UTC), most urgent first:');
    expect(lines[2]).toMatch(/^STATE +DUE +OWNER +LAST REVIEW +PLAYBOOK$/);
    expect(lines[3]).toMatch(/^overdue +2026-09-01 +Platform team +2026-03-01 +Stale {2}https:\/\/ops\.example\.org\/insights\/stale\/$/);
    expect(lines[4]).toBe('    drill lapsed: Failover drill (last exercised 2025-02-01, due 2025-08-01)');
    expect(lines[5]).toMatch(/^due soon +2026-12-20 +Ops +never \(published 2026-06-20\) +Soon /);
    expect(lines.at(-1)).toBe('1 overdue, 1 due within 30 days, 1 fine.');
  });
});

describe('the review feeds of a site’s languages', () => {
  it('merge into one, most urgent first, each playbook at its own language’s URL', () => {
    const english = reviewFeed(config, [article('fresh', 'Fresh', { published: '2026-11-01' }), article('stale', 'Stale', { published: '2025-01-10' })], today);
    const german = reviewFeed(
      config,
      [{ ...article('stale', 'Veraltet', { published: '2025-03-10' }), url: 'https://ops.example.org/de/insights/stale/' }],
      today,
    );
    const merged = mergedReviewFeeds([english, german]);
    expect(merged.playbooks.map((playbook) => [playbook.title, playbook.state, playbook.url])).toEqual([
      ['Stale', 'overdue', 'https://ops.example.org/insights/stale/'],
      ['Veraltet', 'overdue', 'https://ops.example.org/de/insights/stale/'],
      ['Fresh', 'current', 'https://ops.example.org/insights/fresh/'],
    ]);
    expect(merged.asOf).toBe(english.asOf);
  });
});
