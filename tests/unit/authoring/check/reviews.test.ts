import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type SourceFile } from '../../../../src/authoring/check/index.ts';
import { checklistFit } from '../../../../src/domain/checklist-fit.ts';
import { siteRoot } from '../../../helpers/paths.ts';
import { fixtureBuildTime, siteConfig } from '../../../helpers/site-config.ts';

const read = (file: string): SourceFile => ({ file, text: readFileSync(join(siteRoot, file), 'utf8') });
const fresh = read('content/insights/five-failure-modes.mdx');
const plain = read('content/insights/jazz-and-reliable-systems.mdx');
const overdue = read('content/insights/policy-gated-ai.mdx');
const scorecards = ['failure-mode-coverage', 'ensemble-reliability', 'policy-gate-stack'].map((id) => read(`content/scorecards/${id}.yaml`));

function problems(insights: SourceFile[], options: { now?: string; strict?: boolean } = {}): string[] {
  const reviews = { now: new Date(options.now ?? fixtureBuildTime), strict: options.strict ?? false };
  return checkContent({ insights, scorecards, reviews }, siteConfig).problems.map(formatProblem);
}

const edited = (source: SourceFile, from: string | RegExp, to: string): SourceFile => {
  const text = source.text.replace(from, to);
  if (text === source.text) throw new Error(`edit matched nothing: ${String(from)}`);
  return { ...source, text };
};

describe('review dates in the content check', () => {
  it('warns about a playbook past its review date at its reviewed line, naming the due day, the interval and the owner', () => {
    expect(problems([fresh, plain, overdue])).toEqual([
      'content/insights/policy-gated-ai.mdx:6  warning: reviewed: past its review date: due by 2026-11-12, 24 days ago (reviewed 2026-10-13, every 30 days; owner: Platform security team)  (hint: check the playbook against practice, then set reviewed: to that day)',
    ]);
  });

  it('makes it an error with --strict, and counts from publication when the playbook was never reviewed', () => {
    const neverReviewed = edited(overdue, /^reviewed: .*\n/m, '');
    expect(problems([neverReviewed], { strict: true })).toEqual([
      'content/insights/policy-gated-ai.mdx:4  reviewed: past its review date: due by 2026-11-12, 24 days ago (never reviewed since it was published on 2026-10-13, every 30 days; owner: Platform security team)  (hint: check the playbook against practice, then set reviewed: to that day)',
    ]);
  });

  it('says nothing of a draft, of a playbook published after the build, or without a moment to count from', () => {
    expect(problems([edited(overdue, 'position: 3', 'position: 3\ndraft: true')])).toEqual([]);
    expect(problems([overdue], { now: '2026-10-01T00:00:00Z' })).toEqual([]);
    expect(checkContent({ insights: [overdue], scorecards }, siteConfig).problems).toEqual([]);
  });

  it('counts the day in the site time zone: in summer Europe/London is an hour ahead of UTC', () => {
    const summer = edited(
      edited(edited(overdue, 'published: 2026-10-13', 'published: 2026-06-01'), 'reviewed: 2026-10-13', 'reviewed: 2026-07-01'),
      'reviewEvery: 30 days',
      'reviewEvery: 1 day',
    );
    // Due 2026-07-02: at 22:30 UTC it is still that day in London, at 23:30 UTC already the next.
    expect(problems([summer], { now: '2026-07-02T22:30:00Z' })).toEqual([]);
    expect(problems([summer], { now: '2026-07-02T23:30:00Z' })).toEqual([expect.stringContaining('past its review date: due by 2026-07-02, 1 day ago')]);
  });

  it('warns about review and drill dates after today', () => {
    const future = edited(edited(fresh, 'reviewed: 2026-11-05', 'reviewed: 2026-12-24'), 'lastExercised: 2026-11-02', 'lastExercised: 2027-01-03');
    expect(problems([future, plain, overdue]).filter((problem) => !problem.includes('past its review date'))).toEqual([
      'content/insights/five-failure-modes.mdx:10  warning: reviewed: 2026-12-24 is after today (2026-12-06); expected the day of the last review',
      'content/insights/five-failure-modes.mdx:23  warning: framework.steps[0].lastExercised: 2027-01-03 is after today (2026-12-06); expected the day of the last drill of the step',
    ]);
  });

  it('refuses a review date before publication and an interval it cannot read, at their lines', () => {
    const early = edited(fresh, 'reviewed: 2026-11-05', 'reviewed: 2026-09-01');
    expect(problems([early, plain])).toEqual([
      'content/insights/five-failure-modes.mdx:10  reviewed: expected the reviewed date to be on or after the published date, 2026-09-29; received 2026-09-01',
    ]);
    const vague = edited(fresh, 'reviewEvery: quarterly', 'reviewEvery: now and then');
    expect(problems([vague, plain])).toEqual([
      'content/insights/five-failure-modes.mdx:11  reviewEvery: expected an interval such as "90 days", "6 weeks", "6 months", "1 year" or one of weekly, fortnightly, monthly, quarterly, half-yearly, yearly, annually; received "now and then"',
    ]);
  });
});

describe('the printed checklist of a playbook past its review date', () => {
  it('leaves room for the notice at the top of the page', () => {
    const data = checkContent({ insights: [fresh], scorecards }, siteConfig).articles[0]!.data;
    expect(checklistFit(data, true).estimatedHeightMm - checklistFit(data).estimatedHeightMm).toBeGreaterThan(2);
  });
});
