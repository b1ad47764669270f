import { formatProblem, isError, type ContentCheckResult } from './index.ts';

/** What a content check tells its reader, the same in the terminal, the dev overlay and the CLI. */
export interface CheckReport {
  ok: boolean;
  /** `file:line  field: expected …` lines. */
  errors: string[];
  warnings: string[];
  /** One line: "✓ content: 3 articles …" or "✗ content: 2 problems found". */
  summary: string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export function checkReport(result: ContentCheckResult): CheckReport {
  const errors = result.problems.filter(isError).map(formatProblem);
  const warnings = result.problems.filter((problem) => !isError(problem)).map(formatProblem);
  if (errors.length) return { ok: false, errors, warnings, summary: `✗ content: ${plural(errors.length, 'problem')} found` };
  const drafts = result.articles.filter((article) => article.data.draft).length;
  const warned = warnings.length ? `, ${plural(warnings.length, 'warning')}` : '';
  return {
    ok: true,
    errors,
    warnings,
    summary: `✓ content: ${result.articles.length} articles (${drafts} drafts), ${plural(result.scorecards.length, 'scorecard template')}, all valid${warned}`,
  };
}

/** The report for a content folder with no article at all. */
export function emptyContentReport(insightsDir: string): CheckReport {
  return {
    ok: false,
    errors: [`${insightsDir}/  (folder): expected at least one .mdx article, found none`],
    warnings: [],
    summary: '✗ content: no articles found',
  };
}
