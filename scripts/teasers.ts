/**
 * `npm run teasers`: prints every published article's LinkedIn post (teaser, then
 * "Full article: <canonical URL>"), ready to paste or schedule. Reads content directly,
 * so it needs no build; drafts are left out.
 */
import { checkContent, formatProblem, isError } from '../src/authoring/check/index.ts';
import { buildTime, contentRoot } from '../src/node/env.ts';
import { isVisible } from '../src/domain/ordering.ts';
import { teaserFeed, teaserFeedText } from '../src/domain/teaser-feed.ts';
import { readContentSources } from '../src/node/content-files.ts';
import { siteConfigFor } from './site-options.ts';

const siteConfig = await siteConfigFor('teasers');

const { problems, articles } = checkContent(await readContentSources(contentRoot(process.env)), siteConfig);
const errors = problems.filter(isError);
if (errors.length) {
  for (const problem of errors) console.error(`  ${formatProblem(problem)}`);
  console.error('✗ teasers: fix the content problems above first (npm run check:content).');
  process.exit(1);
}
const now = buildTime(process.env);
const published = articles.map((article) => ({ id: article.slug, data: article.data })).filter((article) => isVisible(article, { includeDrafts: false, now }));
process.stdout.write(teaserFeedText(teaserFeed(siteConfig, published)));
