import { emptyAssessment, type TemplateForAssessment } from '../../src/domain/assessment.ts';
import { defaultScale } from '../../src/schemas/scorecard.ts';

/** A small scorecard template for the scorecard logic's unit tests. */
export const template: TemplateForAssessment = {
  id: 'ensemble-reliability',
  version: 2,
  scale: defaultScale,
  areas: [
    { id: 'shared-form', title: 'Shared Form', evidencePrompt: 'e1', nextMovePrompt: 'n1' },
    { id: 'contextual-handoff', title: 'Contextual Handoff', evidencePrompt: 'e2', nextMovePrompt: 'n2' },
    { id: 'post-set-debrief', title: 'Post-Set Debrief', evidencePrompt: 'e3', nextMovePrompt: 'n3' },
  ],
};

/** An assessment of `template` with these scores, and notes that need quoting in every format. */
export function filled(scores: (number | null)[]) {
  const assessment = emptyAssessment(template, new Date('2026-11-01T10:00:00Z'));
  template.areas.forEach((area, index) => {
    assessment.areas[area.id] = { score: scores[index] ?? null, evidence: `Evidence, "quoted" | piped\nline two`, nextMove: 'Move' };
  });
  return assessment;
}
