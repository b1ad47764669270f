/**
 * The content check: every article and scorecard template against its schema, then the rules
 * that span files. Each rule family has its own file here; this one runs them in order.
 * Pure: the callers read the files (src/node/check-content-files.ts).
 */
import type { z } from 'zod';
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
  const scorecards = checkEachFile(input.scorecards, problems, checkScorecard, memo?.scorecards);
  const articles = checkEachFile(input.insights, problems, (source, own) => checkArticle(source, own, articleSchema), memo?.articles);
  checkAcrossArticles(articles, scorecards, problems);
  checkSharing(articles, config, problems, memo);
  const fileSlugs = input.insights.map((source) => slugFromPath(source.file));
  checkBodyLinks(articles, publishedPaths(config, articles, input.publicFiles ?? [], fileSlugs), config, problems);
  checkBodyReferences(articles, input.disk, input.publicFiles ?? [], problems);
  checkPublishing(articles, problems, memo);
  const overdue = input.reviews && config.review ? checkReviews(articles, config.review, input.reviews, problems) : undefined;
  checkPrintedChecklist(articles, problems, overdue);
  return { problems, articles, scorecards };
}
