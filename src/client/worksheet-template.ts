import type { TemplateForAssessment } from '../domain/assessment.ts';

/**
 * The scorecard template the page's worksheet carries (`data-template`, written by
 * ScorecardWorksheet.astro), which every island on a scorecard page reads; undefined elsewhere.
 */
export function worksheetTemplate(root: Document): { worksheet: HTMLElement; template: TemplateForAssessment } | undefined {
  const worksheet = root.querySelector<HTMLElement>('[data-worksheet]');
  if (!worksheet?.dataset.template) return undefined;
  return { worksheet, template: JSON.parse(worksheet.dataset.template) as TemplateForAssessment };
}
