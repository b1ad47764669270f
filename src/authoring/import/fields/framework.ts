/**
 * The framework part: its name and intro from the "Core Framework: …" section, and its steps
 * from the "Step N: …" sections, or, when the export has none, from the scorecard's rows.
 */
import { taxonomySlug } from '../../../domain/taxonomy.ts';
import type { FrameworkStep } from '../../../schemas/insight.ts';
import { todo } from '../../scaffold.ts';
import { plainInline } from '../export-text.ts';
import { proseOf, stepOf } from '../parts.ts';
import type { ScorecardRow } from '../scorecard-table.ts';
import type { StepSection } from '../sections.ts';
import { plural, type PartSections } from './part-sections.ts';

/**
 * The steps from the "Step N: …" sections (ids from their titles, unique), or, when the export
 * has none, from the scorecard's rows; a summary or checks the export lacks are TODO.
 */
function stepsOf(sections: readonly StepSection[], rows: readonly ScorecardRow[], parts: PartSections): { steps: FrameworkStep[]; unplaced: string[] } {
  const numbers = sections.map((step) => step.number);
  if (numbers.some((number, index) => number !== index + 1))
    parts.note(`the steps are numbered ${numbers.join(', ')}; they are imported in the export's order`);
  const read = sections.map((section) => ({ section, ...stepOf(section.lines) }));
  const sources = read.length
    ? read.map(({ section, value }) => ({ title: section.title, where: `the export's "${section.heading}"`, ...value }))
    : rows.map((row, index) => ({ title: row.title, where: `scorecard row ${index + 1}`, summary: '', operatorChecks: [] as string[], labelled: false }));
  if (!read.length && sources.length) parts.note('the export has no "Step N: …" sections; the steps\' titles come from the scorecard\'s rows');
  const ids = new Set<string>();
  const steps = sources.map((source, index) => {
    const base = taxonomySlug(source.title) || `step-${index + 1}`;
    let id = base;
    for (let suffix = 2; ids.has(id); suffix++) id = `${base}-${suffix}`;
    ids.add(id);
    const missingChecks = source.labelled ? `the "Operator checks:" list of ${source.where} is empty` : `${source.where} has none`;
    return {
      id,
      title: plainInline(source.title),
      summary: source.summary || todo(`what ${source.title} is, as operating behaviour (${source.where} has no summary).`),
      operatorChecks: source.operatorChecks.length
        ? source.operatorChecks
        : [
            todo(
              `the operator checks for ${source.title}, one a line: what an operator can see in the weekly review, with a number or a deadline (${missingChecks}).`,
            ),
          ],
    };
  });
  return { steps, unplaced: read.flatMap((step) => step.unplaced) };
}

export function frameworkField(parts: PartSections, stepSections: readonly StepSection[], rows: readonly ScorecardRow[]) {
  const framework = parts.section('Framework');
  const read = stepsOf(stepSections, rows, parts);
  parts.unplace('Framework', read.unplaced);
  const steps = read.steps;
  parts.recognise('Framework', plural(steps.length, 'step'), steps.length ? '"Step N: …" sections' : undefined);
  return {
    name: framework?.frameworkName ?? parts.gap('Framework', 'the framework name'),
    intro: proseOf(parts.blocks('Framework')) || parts.gap('Framework', 'how to use the steps: owners, thresholds, handoffs'),
    steps: steps.length
      ? steps
      : [
          {
            id: 'step-1',
            title: parts.gap('Framework', 'the first step'),
            summary: todo('what this step is.'),
            operatorChecks: [todo('a check an operator can see.')],
          },
        ],
  };
}
