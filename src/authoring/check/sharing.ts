import { absoluteLinks, lintTeaser } from '../../domain/linkedin.ts';
import { canonicalArticleUrl, checkOwnArticleLink } from '../../domain/urls.ts';
import type { CheckConfig, CheckedArticle, ContentProblem } from './problem.ts';

/** The teaser fits LinkedIn, and hand-typed links to the site's articles are canonical. */
export function checkSharing(articles: CheckedArticle[], config: CheckConfig, problems: ContentProblem[]): void {
  const slugs = articles.map((article) => article.slug);
  for (const article of articles) {
    for (const finding of lintTeaser(article.data.teaser, canonicalArticleUrl(config, article.slug))) {
      problems.push({ severity: finding.severity, file: article.file, field: 'teaser', message: finding.message });
    }
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
  }
}
