import { closestMatch } from '../../domain/near-miss.ts';
import { articlePath } from '../../domain/urls.ts';
import type { PublishedPaths } from '../../route-data/published-paths.ts';
import type { CheckConfig, CheckedArticle, ContentProblem } from './problem.ts';

/** Links in article bodies to the site's own pages must reach a page (and an anchor on it). */
export function checkBodyLinks(articles: CheckedArticle[], published: PublishedPaths, config: CheckConfig, problems: ContentProblem[]): void {
  const site = new URL(config.baseUrl);
  const knownPaths = [...published.keys()];
  for (const article of articles) {
    const base = new URL(articlePath(config, article.slug), site);
    for (const link of article.references.links) {
      let target: URL;
      try {
        target = new URL(link.url, base);
      } catch {
        continue;
      }
      if (target.origin !== site.origin) continue;
      const line = link.line === undefined ? {} : { line: link.line + article.bodyFirstLine - 1 };
      if (!published.has(target.pathname)) {
        const suggestion = closestMatch(target.pathname, knownPaths);
        problems.push({
          file: article.file,
          ...line,
          field: '(MDX body)',
          message: `link ${link.url} points to no page of the site (${target.pathname})`,
          ...(suggestion ? { hint: `did you mean ${suggestion}?` } : {}),
        });
        continue;
      }
      const anchors = published.get(target.pathname);
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && anchors && !anchors.has(fragment)) {
        const suggestion = closestMatch(fragment, [...anchors]);
        problems.push({
          file: article.file,
          ...line,
          field: '(MDX body)',
          message: `link ${link.url} points to no section "#${fragment}" on ${target.pathname}`,
          ...(suggestion ? { hint: `did you mean #${suggestion}?` } : {}),
        });
      }
    }
  }
}
