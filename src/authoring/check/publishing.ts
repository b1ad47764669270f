/** What a published article must not carry, and drafts that would reorder the reading. */
import { placeholderMark } from '../scaffold.ts';
import { articleFindings, type FileCheckMemo } from './file-memo.ts';
import type { CheckedArticle, ContentProblem } from './problem.ts';

/** Text the scaffold or the import leaves for the author (field path and text); a published article must have replaced all of it. */
export function placeholders(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return value.includes(placeholderMark) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholders(item, `${path}[${index}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => placeholders(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** A published article's scaffold placeholders, in its fields and its body. */
function placeholderProblems(article: CheckedArticle): ContentProblem[] {
  if (article.data.draft) return [];
  const fields = placeholders(article.data).map((placeholder) => placeholder.path);
  const inBody = article.body.includes(placeholderMark);
  if (!fields.length && !inBody) return [];
  return [
    {
      file: article.file,
      field: fields[0] ?? '(MDX body)',
      message: `a published article still has scaffold placeholders ("${placeholderMark}") in ${[...fields, ...(inBody ? ['the MDX body'] : [])].join(', ')}; expected real text`,
      hint: 'replace them, or keep draft: true until the article is ready',
    },
  ];
}

export function checkPublishing(articles: CheckedArticle[], problems: ContentProblem[], memo?: FileCheckMemo): void {
  const byPosition = [...articles].sort((a, b) => a.data.position - b.data.position);
  const findings = articleFindings(memo, 'placeholders');
  for (const article of articles) problems.push(...findings(article, () => placeholderProblems(article)));
  // A draft between published articles will reorder Previous / Next when it is published.
  byPosition.forEach((article, index) => {
    if (!article.data.draft) return;
    const before = byPosition
      .slice(0, index)
      .reverse()
      .find((candidate) => !candidate.data.draft);
    const after = byPosition.slice(index + 1).find((candidate) => !candidate.data.draft);
    if (before && after) {
      problems.push({
        severity: 'warning',
        file: before.file,
        field: 'position',
        message: `its next neighbour in the reading order, ${article.file} (position ${article.data.position}), is a draft; readers go from here to ${after.file} until it is published`,
      });
    }
  });
}
