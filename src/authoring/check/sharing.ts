import { absoluteLinks, lintTeaser } from '../../domain/linkedin.ts';
import { uiText } from '../../domain/ui-text/index.ts';
import { canonicalArticleUrl, checkOwnArticleLink } from '../../domain/urls.ts';
import { articleFindings, type FileCheckMemo } from './file-memo.ts';
import type { CheckConfig, CheckedArticle, ContentProblem } from './problem.ts';

/** What one article's sharing rules find, given every article's slug. */
function sharingProblems(article: CheckedArticle, config: CheckConfig, slugs: string[]): ContentProblem[] {
  const problems: ContentProblem[] = lintTeaser(
    article.data.teaser,
    canonicalArticleUrl(config, article.slug),
    uiText(config.language).article.teaser.fullArticle,
  ).map((finding) => ({
    severity: finding.severity,
    file: article.file,
    field: 'teaser',
    message: finding.message,
  }));
  const texts = [
    { field: 'teaser', text: article.data.teaser, line: undefined },
    ...article.body.split('\n').map((text, index) => ({ field: '(MDX body)', text, line: article.bodyFirstLine + index })),
  ];
  for (const { field, text, line } of texts) {
    for (const link of absoluteLinks(text)) {
      const problem = checkOwnArticleLink(config, link, slugs);
      if (!problem) continue;
      problems.push({
        file: article.file,
        ...(line === undefined ? {} : { line }),
        field,
        message: `link ${link} ${problem.message}${problem.expected ? `; expected ${problem.expected}` : ''}`,
        ...(field === 'teaser' ? { hint: 'the teaser needs no URL: "Full article: <canonical URL>" is added for you' } : {}),
      });
    }
  }
  return problems;
}

/** The teaser fits LinkedIn, and hand-typed links to the site's articles are canonical: among the articles of one language. */
export function checkSharing(
  articles: CheckedArticle[],
  config: CheckConfig,
  problems: ContentProblem[],
  memo: FileCheckMemo | undefined,
  localeKey: string,
): void {
  const slugs = articles.map((article) => article.slug);
  const findings = articleFindings(memo, `sharing in ${localeKey}`, slugs.join('\n'));
  for (const article of articles) problems.push(...findings(article, () => sharingProblems(article, config, slugs)));
}
