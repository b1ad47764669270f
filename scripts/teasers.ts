/**
 * `npm run teasers`: prints every published article's LinkedIn post (teaser, then
 * "Full article: <canonical URL>"), ready to paste or schedule; in a site with several languages,
 * each language's own articles in turn, with its URLs and its words. Reads content directly,
 * so it needs no build; drafts are left out.
 */
import { pathsInLocale } from '../src/domain/locales.ts';
import { teaserFeed, teaserFeedText } from '../src/domain/teaser-feed.ts';
import { publishedContent } from './published-content.ts';

const { siteConfig, articles } = await publishedContent('teasers');
process.stdout.write(
  teaserFeedText(
    siteConfig.locales.flatMap((locale) =>
      teaserFeed(
        pathsInLocale(siteConfig, locale),
        articles.filter((article) => article.locale === locale.key).map((article) => ({ id: article.slug, data: article.data })),
      ),
    ),
  ),
);
