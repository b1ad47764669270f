import { checklistFit } from '../../domain/checklist-fit.ts';
import type { CheckedArticle, ContentProblem } from './problem.ts';

/**
 * The printable checklist should fit one sheet; when it cannot, it still prints cleanly on two.
 * `overdue` names the playbooks past their review date, whose checklist starts with a notice.
 */
export function checkPrintedChecklist(articles: CheckedArticle[], problems: ContentProblem[], overdue: ReadonlySet<string> = new Set()): void {
  for (const article of articles) {
    const fit = checklistFit(article.data, overdue.has(article.slug));
    if (fit.fitsOnePage) continue;
    problems.push({
      severity: 'warning',
      file: article.file,
      field: 'checklist',
      message: `the printable checklist (${article.data.checklist.length} items and ${article.data.framework.steps.flatMap((step) => step.operatorChecks).length} operator checks) needs about ${Math.round(fit.estimatedHeightMm)} mm, more than one A4 or Letter page (${fit.pageHeightMm} mm); it will print on two`,
      hint: 'shorten checklist items or operator checks to fit one page',
    });
  }
}
