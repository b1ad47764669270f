/**
 * Every published playbook's review state, most urgent first: what `/reviews.json` publishes for
 * a team's dashboards and `setlist review` prints (as a table, or as the same JSON with --json).
 */
import { isoDate } from './calendar-date.ts';
import { byUrgency, drillLapsed, intervalText, type ReviewPolicy, type ReviewState, type ReviewStatus } from './review.ts';
import { canonicalArticleUrl, type UrlConfig } from './urls.ts';

export interface ReviewFeedEntry {
  slug: string;
  title: string;
  url: string;
  owner: string;
  state: ReviewState;
  /** Calendar days are written YYYY-MM-DD. */
  due: string;
  /** Negative once overdue. */
  daysLeft: number;
  /** The review date the author wrote; null when the playbook was never reviewed. */
  reviewed: string | null;
  /** What the next review counts from: `reviewed`, or the day it was published. */
  lastReviewed: string;
  every: string;
  /** Each step's drill when the playbook records drills (`lastExercised`); empty otherwise. */
  drills: { id: string; title: string; lastExercised: string | null; due: string | null; state: ReviewState }[];
}

/** The feed: as of which day (in which time zone) it was made, and every playbook, most urgent first. */
export interface ReviewFeed {
  asOf: string;
  timeZone: string;
  /** How many days before its due date a review counts as due soon. */
  dueSoonDays: number;
  playbooks: ReviewFeedEntry[];
}

export interface ReviewedArticle {
  id: string;
  data: { title: string };
  review: ReviewStatus;
  /** Its canonical URL, when it is not the default language's article of that slug (a translation's). */
  url?: string;
}

const dayOrNull = (date: Date | undefined): string | null => (date ? isoDate(date) : null);

export function reviewFeed(
  config: UrlConfig & { review: Pick<ReviewPolicy, 'timeZone' | 'dueSoonDays'> },
  articles: readonly ReviewedArticle[],
  today: Date,
): ReviewFeed {
  const playbooks = [...articles]
    .sort((a, b) => byUrgency(a.review, b.review) || a.data.title.localeCompare(b.data.title))
    .map(({ id, data, review, url }) => ({
      slug: id,
      title: data.title,
      url: url ?? canonicalArticleUrl(config, id),
      owner: review.owner,
      state: review.state,
      due: isoDate(review.due),
      daysLeft: review.daysLeft,
      reviewed: dayOrNull(review.reviewed),
      lastReviewed: isoDate(review.lastReviewed),
      every: intervalText(review.every),
      drills: review.drills.map((drill) => ({
        id: drill.id,
        title: drill.title,
        lastExercised: dayOrNull(drill.lastExercised),
        due: dayOrNull(drill.due),
        state: drill.state,
      })),
    }));
  return { asOf: isoDate(today), timeZone: config.review.timeZone, dueSoonDays: config.review.dueSoonDays, playbooks };
}

/** The feeds of a site's languages (each of its own playbooks) as one, most urgent first. */
export function mergedReviewFeeds([first, ...others]: readonly [ReviewFeed, ...ReviewFeed[]]): ReviewFeed {
  const status = (entry: ReviewFeedEntry) => ({ state: entry.state, due: new Date(entry.due) });
  const playbooks = [first, ...others].flatMap((feed) => feed.playbooks).sort((a, b) => byUrgency(status(a), status(b)) || a.title.localeCompare(b.title));
  return { ...first, playbooks };
}

/** How a state reads in a sentence or a table. */
const reviewStateWords: Record<ReviewState, string> = {
  overdue: 'overdue',
  'due-soon': 'due soon',
  current: 'fine',
};

/** The feed as a table for a terminal, most urgent first, with a line per lapsed drill and a count at the end. */
export function reviewFeedText({ asOf, timeZone, dueSoonDays, playbooks: entries }: ReviewFeed): string {
  const rows = [
    ['STATE', 'DUE', 'OWNER', 'LAST REVIEW', 'PLAYBOOK'],
    ...entries.map((entry) => [
      reviewStateWords[entry.state],
      entry.due,
      entry.owner,
      entry.reviewed ?? `never (published ${entry.lastReviewed})`,
      `${entry.title}  ${entry.url}`,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  const lines = [`Reviews as of ${asOf} (${timeZone}), most urgent first:`, '', line(rows[0]!)];
  entries.forEach((entry, index) => {
    lines.push(line(rows[index + 1]!));
    for (const drill of entry.drills.filter(drillLapsed))
      lines.push(`    drill lapsed: ${drill.title} (${drill.lastExercised ? `last exercised ${drill.lastExercised}, due ${drill.due}` : 'never exercised'})`);
  });
  const count = (state: ReviewState) => entries.filter((entry) => entry.state === state).length;
  lines.push('', `${count('overdue')} overdue, ${count('due-soon')} due within ${dueSoonDays} days, ${count('current')} fine.`);
  return `${lines.join('\n')}\n`;
}
