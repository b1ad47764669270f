import type { TemplateForAssessment } from '../domain/assessment.ts';
import { selector } from '../domain/page-ids.ts';
import { worksheetHooks } from '../domain/scorecard-hooks.ts';

/**
 * The scorecard template the page's worksheet carries (`worksheetHooks.template`, written by
 * ScorecardWorksheet.astro), which every island on a scorecard page reads; undefined elsewhere.
 */
export function worksheetTemplate(root: Document): { worksheet: HTMLElement; template: TemplateForAssessment } | undefined {
  const worksheet = root.querySelector<HTMLElement>(selector(worksheetHooks.worksheet));
  const template = worksheet?.getAttribute(worksheetHooks.template);
  if (!worksheet || !template) return undefined;
  return { worksheet, template: JSON.parse(template) as TemplateForAssessment };
}
