/**
 * `npm run teasers`: prints every published article's LinkedIn post (teaser, then
 * "Full article: <canonical URL>"), ready to paste or schedule. Reads content directly,
 * so it needs no build; drafts are left out.
 */
import { teaserFeed, teaserFeedText } from '../src/domain/teaser-feed.ts';
import { publishedContent } from './published-content.ts';

const { siteConfig, articles } = await publishedContent('teasers');
process.stdout.write(
  teaserFeedText(
    teaserFeed(
      siteConfig,
      articles.map((article) => ({ id: article.slug, data: article.data })),
    ),
  ),
);
