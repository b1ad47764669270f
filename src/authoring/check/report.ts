import { formatProblem, isError, type ContentCheckResult, type ContentProblem } from './index.ts';

/** One problem as every reader gets it; the file and line let the dev overlay open it. */
export interface ReportedProblem {
  /** `file:line  field: expected …  (hint: …)`. */
  text: string;
  file: string;
  line: number | undefined;
}

/** What a content check tells its reader, the same in the terminal, the dev overlay and the CLI. */
export interface CheckReport {
  ok: boolean;
  errors: ReportedProblem[];
  warnings: string[];
  /** One line: "✓ content: 3 articles …" or "✗ content: 2 problems found". */
  summary: string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const reported = (problem: ContentProblem): ReportedProblem => ({ text: formatProblem(problem), file: problem.file, line: problem.line });

export function checkReport(result: ContentCheckResult): CheckReport {
  const errors = result.problems.filter(isError).map(reported);
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
    errors: [{ text: `${insightsDir}/  (folder): expected at least one .mdx article, found none`, file: insightsDir, line: undefined }],
    warnings: [],
    summary: '✗ content: no articles found',
  };
}
