import { checklistFit } from '../../domain/checklist-fit.ts';
import { articleFindings, type FileCheckMemo } from './file-memo.ts';
import type { CheckedArticle, ContentProblem } from './problem.ts';

/**
 * The printable checklist should fit one sheet; when it cannot, it still prints cleanly on two.
 * `overdue` names the playbooks past their review date, whose checklist starts with a notice.
 * With a memo, only a changed article is measured again (a save would measure every checklist).
 */
export function checkPrintedChecklist(
  articles: CheckedArticle[],
  problems: ContentProblem[],
  overdue: ReadonlySet<string> = new Set(),
  memo?: FileCheckMemo,
): void {
  // An article that falls due (or is reviewed) keeps its text but gains (or loses) the notice.
  const findings = articleFindings(memo, 'printed checklist', [...overdue].sort().join('\n'));
  for (const article of articles) problems.push(...findings(article, () => printedChecklistProblems(article, overdue.has(article.slug))));
}

function printedChecklistProblems(article: CheckedArticle, overdue: boolean): ContentProblem[] {
  const fit = checklistFit(article.data, overdue);
  if (fit.fitsOnePage) return [];
  return [
    {
      severity: 'warning',
      file: article.file,
      field: 'checklist',
      message: `the printable checklist (${article.data.checklist.length} items and ${article.data.framework.steps.flatMap((step) => step.operatorChecks).length} operator checks) needs about ${Math.round(fit.estimatedHeightMm)} mm, more than one A4 or Letter page (${fit.pageHeightMm} mm); it will print on two`,
      hint: 'shorten checklist items or operator checks to fit one page',
    },
  ];
}
