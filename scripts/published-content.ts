/**
 * The published articles of the site a command runs in, read and checked from disk without a
 * build (`teasers`, `review`), as of the build time (`SETLIST_BUILD_TIME` or now); drafts and
 * articles dated later are left out. A content error stops the command with the problems.
 */
import { checkContent, formatProblem, isError, type CheckedArticle } from '../src/authoring/check/index.ts';
import { isVisible } from '../src/domain/ordering.ts';
import { readContentSources } from '../src/node/content-files.ts';
import { buildTime, contentRoot } from '../src/node/env.ts';
import type { SiteConfig } from '../src/schemas/site.ts';
import { siteConfigFor } from './site-options.ts';

export async function publishedContent(command: string): Promise<{ siteConfig: SiteConfig; now: Date; articles: CheckedArticle[] }> {
  const siteConfig = await siteConfigFor(command);
  const { problems, articles } = checkContent(await readContentSources(contentRoot(process.env), undefined, siteConfig.locales), siteConfig);
  const errors = problems.filter(isError);
  if (errors.length) {
    for (const problem of errors) console.error(`  ${formatProblem(problem)}`);
    console.error(`✗ ${command}: fix the content problems above first (npm run check:content).`);
    process.exit(1);
  }
  const now = buildTime(process.env);
  return { siteConfig, now, articles: articles.filter((article) => isVisible({ id: article.slug, data: article.data }, { includeDrafts: false, now })) };
}
