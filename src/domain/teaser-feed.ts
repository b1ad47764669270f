import type { Insight } from '../schemas/insight.ts';
import { isoDate } from './calendar-date.ts';
import { inReadingOrder } from './ordering.ts';
import { linkedInPost, teaserHook } from './linkedin.ts';
import { uiText } from './ui-text/index.ts';
import { absoluteUrl, articleOgImagePath, canonicalArticleUrl, type UrlConfig } from './urls.ts';

export interface TeaserFeedEntry {
  title: string;
  url: string;
  image: string;
  teaser: string;
  hook: string;
  post: string;
  published: string;
}

/** Every published article's LinkedIn post, in reading order, for scheduling. */
export function teaserFeed(config: UrlConfig & { language: string }, articles: readonly { id: string; data: Insight }[]): TeaserFeedEntry[] {
  const fullArticleLabel = uiText(config.language).article.teaser.fullArticle;
  return inReadingOrder(articles).map(({ id, data }) => {
    const url = canonicalArticleUrl(config, id);
    return {
      title: data.title,
      url,
      image: absoluteUrl(config, articleOgImagePath(config, id)),
      teaser: data.teaser,
      hook: teaserHook(data.teaser),
      post: linkedInPost(data.teaser, url, fullArticleLabel),
      published: isoDate(data.published),
    };
  });
}

/** The feed as plain text, one post after another, ready to paste. */
export function teaserFeedText(entries: readonly TeaserFeedEntry[]): string {
  return entries.map((entry) => `=== ${entry.title} (published ${entry.published})\nImage: ${entry.image}\n\n${entry.post}\n`).join('\n');
}
