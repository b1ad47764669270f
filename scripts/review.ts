/**
 * `npm run review [-- --json]`: every published playbook with its owner, last review, due date
 * and state (overdue, due soon, fine), most urgent first, with each lapsed drill under its
 * playbook; `--json` prints what the site publishes as `/reviews.json`, for a team's own tools.
 * Reads the content directly (no build), as of `SETLIST_BUILD_TIME` or now; drafts are left out.
 * A report, not a gate: it exits 0 whatever it finds (`npm run check -- --strict` is the gate).
 */
import { dayIn, reviewStatus } from '../src/domain/review.ts';
import { pathsInLocale } from '../src/domain/locales.ts';
import { reviewFeed, reviewFeedText } from '../src/domain/review-feed.ts';
import { canonicalArticleUrl } from '../src/domain/urls.ts';
import { commandArgs } from './command-args.ts';
import { publishedContent } from './published-content.ts';

const { values } = commandArgs('review', 'setlist review [--json]', { options: { json: { type: 'boolean', default: false } } });
const { siteConfig, now, articles } = await publishedContent('review');
const today = dayIn(now, siteConfig.review.timeZone);
// A translation's URL is its language's.
const urlOf = (article: (typeof articles)[number]) =>
  canonicalArticleUrl(pathsInLocale(siteConfig, siteConfig.locales.find((locale) => locale.key === article.locale) ?? siteConfig.locale), article.slug);
const feed = reviewFeed(
  siteConfig,
  articles.map((article) => ({ id: article.slug, url: urlOf(article), data: article.data, review: reviewStatus(article.data, siteConfig.review, today) })),
  today,
);
process.stdout.write(values.json ? `${JSON.stringify(feed, null, 2)}\n` : reviewFeedText(feed));
