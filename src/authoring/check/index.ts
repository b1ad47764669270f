/**
 * The content check: every article and scorecard template against its schema, then the rules
 * that span files. Each rule family has its own file here; this one runs them in order.
 * Pure: the callers read the files (src/node/check-content-files.ts).
 */
import type { z } from 'zod';
import { localeOfContentFile, pathsInLocale, rootLocale, rootLocaleKey, shownInLocale } from '../../domain/locales.ts';
import { slugFromPath } from '../../domain/slug.ts';
import { publishedPaths } from '../../route-data/published-paths.ts';
import { checkAcrossArticles } from './across-articles.ts';
import { checkBodyReferences } from './body-references.ts';
import { checkEachFile, type FileCheckMemo } from './file-memo.ts';
import { checkArticle, checkScorecard } from './files.ts';
import { checkBodyLinks } from './links.ts';
import { checkPrintedChecklist } from './printed-checklist.ts';
import type { CheckConfig, ContentCheckResult, ContentDisk, ContentProblem, SourceFile } from './problem.ts';
import { checkPublishing } from './publishing.ts';
import { checkReviews, type ReviewCheck } from './reviews.ts';
import { checkSharing } from './sharing.ts';
import { checkTranslations } from './translations.ts';

export * from './problem.ts';
export { fileCheckMemo, type FileCheckMemo } from './file-memo.ts';
export type { ReviewCheck } from './reviews.ts';

/**
 * Validates all content: each file against its schema, then the rules that span files. Without
 * `disk`, the files an article refers to (images, imports) are not looked for.
 * `articleSchema` is the site's, when it adds fields of its own (see checkArticle). With `memo`,
 * the files whose text is unchanged since the last check with it are not read again (file-memo.ts).
 * With `reviews` (and the site's review policy in `config`), playbooks past their review date are
 * reported as of `reviews.now` (reviews.ts).
 */
export function checkContent(
  input: { insights: SourceFile[]; scorecards: SourceFile[]; publicFiles?: string[]; disk?: ContentDisk; reviews?: ReviewCheck },
  config: CheckConfig,
  articleSchema?: z.ZodType,
  memo?: FileCheckMemo,
): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const locales = config.locales ?? [rootLocale(config.language)];
  const scorecards = checkEachFile(input.scorecards, problems, (source, own) => checkScorecard(source, own, locales), memo?.scorecards);
  const articles = checkEachFile(input.insights, problems, (source, own) => checkArticle(source, own, locales, articleSchema), memo?.articles);
  // Each language is a site of its own: its articles, and the default language's it has no translation of.
  const fileLocale = (source: SourceFile) => localeOfContentFile(source.inCollection ?? slugFromPath(source.file), locales).key;
  const inEachLocale = locales.map((locale) => ({
    locale,
    config: pathsInLocale(config, locale),
    own: articles.filter((article) => article.locale === locale.key),
    shown: shownInLocale(articles, locale, (article) => article.slug),
    fileSlugs: input.insights.filter((source) => [locale.key, rootLocaleKey].includes(fileLocale(source))).map((source) => slugFromPath(source.file)),
  }));
  const published = new Map(inEachLocale.flatMap(({ config, shown, fileSlugs }) => [...publishedPaths(config, shown, input.publicFiles ?? [], fileSlugs)]));
  for (const { locale, config, own } of inEachLocale) {
    checkAcrossArticles(
      own,
      shownInLocale(scorecards, locale, (template) => template.id),
      problems,
    );
    checkSharing(own, config, problems, memo, locale.key);
    checkBodyLinks(own, published, config, problems);
  }
  checkTranslations(articles, scorecards, problems);
  checkBodyReferences(articles, input.disk, input.publicFiles ?? [], problems);
  checkPublishing(articles, problems, locales, memo);
  const overdue = input.reviews && config.review ? checkReviews(articles, config.review, input.reviews, problems) : undefined;
  checkPrintedChecklist(articles, problems, overdue, memo);
  return { problems, articles, scorecards };
}
