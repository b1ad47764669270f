/**
 * Playbooks past their review date: a warning naming each, so an owner sees it in every check and
 * build; an error instead when the team asked for it (`setlist check --strict`). Review and drill
 * dates after today are warned about too: they would push the next review out of sight.
 */
import { isoDate } from '../../domain/calendar-date.ts';
import { isVisible } from '../../domain/ordering.ts';
import { dayIn, intervalText, reviewStatus, type ReviewPolicy } from '../../domain/review.ts';
import type { CheckedArticle, ContentProblem } from './problem.ts';

/** When the check runs as of, and whether an overdue review stops it. */
export interface ReviewCheck {
  now: Date;
  /** Overdue reviews are errors rather than warnings. */
  strict: boolean;
}

const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

/** Reports what is past due or dated after today; returns the slugs of the playbooks past their review date. */
export function checkReviews(articles: readonly CheckedArticle[], policy: ReviewPolicy, { now, strict }: ReviewCheck, problems: ContentProblem[]): Set<string> {
  const today = dayIn(now, policy.timeZone);
  const overdue = new Set<string>();
  for (const article of articles) {
    if (!isVisible({ id: article.slug, data: article.data }, { includeDrafts: false, now })) continue;
    const { data, file } = article;
    const at = (field: string) => (article.fieldLines[field] === undefined ? {} : { line: article.fieldLines[field] });
    const afterToday = (field: string, date: Date | undefined, what: string) => {
      if (date && date > today)
        problems.push({
          severity: 'warning',
          file,
          ...at(field),
          field,
          message: `${isoDate(date)} is after today (${isoDate(today)}); expected the day of the last ${what}`,
        });
    };
    afterToday('reviewed', data.reviewed, 'review');
    data.framework.steps.forEach((step, index) => afterToday(`framework.steps[${index}].lastExercised`, step.lastExercised, 'drill of the step'));
    const status = reviewStatus(data, policy, today);
    if (status.state !== 'overdue') continue;
    overdue.add(article.slug);
    const counted = status.reviewed ? `reviewed ${isoDate(status.reviewed)}` : `never reviewed since it was published on ${isoDate(status.lastReviewed)}`;
    problems.push({
      ...(strict ? {} : { severity: 'warning' as const }),
      file,
      ...at(status.reviewed ? 'reviewed' : 'published'),
      field: 'reviewed',
      message: `past its review date: due by ${isoDate(status.due)}, ${days(-status.daysLeft)} ago (${counted}, every ${intervalText(status.every)}; owner: ${status.owner})`,
      hint: 'check the playbook against practice, then set reviewed: to that day',
    });
  }
  return overdue;
}
