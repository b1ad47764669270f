/** What a published article must not carry, and drafts that would reorder the reading. */
import { rootLocaleKey, shownInLocale, type SiteLocale } from '../../domain/locales.ts';
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

export function checkPublishing(articles: CheckedArticle[], problems: ContentProblem[], locales: readonly SiteLocale[], memo?: FileCheckMemo): void {
  const findings = articleFindings(memo, 'placeholders');
  for (const article of articles) problems.push(...findings(article, () => placeholderProblems(article)));
  // In each language: a translation still a draft leaves its original in its place, so only a draft
  // that has no original (in the default language, or in one language only) changes the order.
  const originals = new Set(articles.filter((article) => article.locale === rootLocaleKey).map((article) => article.slug));
  const standsIn = (article: CheckedArticle) => !(article.data.draft && article.locale !== rootLocaleKey && originals.has(article.slug));
  for (const locale of locales) {
    const shown = shownInLocale(articles.filter(standsIn), locale, (article) => article.slug);
    warnAboutDraftsBetween(
      shown.sort((a, b) => a.data.position - b.data.position),
      locale.key,
      problems,
    );
  }
}

/** A draft (of the language) between published articles will reorder Previous / Next when it is published. */
function warnAboutDraftsBetween(byPosition: CheckedArticle[], localeKey: string, problems: ContentProblem[]): void {
  byPosition.forEach((article, index) => {
    if (!article.data.draft || article.locale !== localeKey) return;
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
