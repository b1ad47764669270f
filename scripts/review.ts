/**
 * `npm run review [-- --json]`: every published playbook with its owner, last review, due date
 * and state (overdue, due soon, fine), most urgent first, with each lapsed drill under its
 * playbook; `--json` prints what the site publishes as `/reviews.json`, for a team's own tools.
 * Reads the content directly (no build), as of `SETLIST_BUILD_TIME` or now; drafts are left out.
 * A report, not a gate: it exits 0 whatever it finds (`npm run check -- --strict` is the gate).
 */
import { checkContent, formatProblem, isError } from '../src/authoring/check/index.ts';
import { isVisible } from '../src/domain/ordering.ts';
import { dayIn, reviewStatus } from '../src/domain/review.ts';
import { reviewFeed, reviewFeedText } from '../src/domain/review-feed.ts';
import { readContentSources } from '../src/node/content-files.ts';
import { buildTime, contentRoot } from '../src/node/env.ts';
import { commandArgs } from './command-args.ts';
import { siteConfigFor } from './site-options.ts';

const { values } = commandArgs('review', 'setlist review [--json]', { options: { json: { type: 'boolean', default: false } } });
const siteConfig = await siteConfigFor('review');
const { problems, articles } = checkContent(await readContentSources(contentRoot(process.env)), siteConfig);
const errors = problems.filter(isError);
if (errors.length) {
  for (const problem of errors) console.error(`  ${formatProblem(problem)}`);
  console.error('✗ review: fix the content problems above first (npm run check:content).');
  process.exit(1);
}
const now = buildTime(process.env);
const policy = siteConfig.review;
const today = dayIn(now, policy.timeZone);
const feed = reviewFeed(
  siteConfig,
  articles
    .filter((article) => isVisible({ id: article.slug, data: article.data }, { includeDrafts: false, now }))
    .map((article) => ({ id: article.slug, data: article.data, review: reviewStatus(article.data, policy, today) })),
  today,
);
process.stdout.write(values.json ? `${JSON.stringify(feed, null, 2)}\n` : reviewFeedText(feed));
