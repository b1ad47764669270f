/** The scorecard part's usage note, from the prose around its table; the table's rows go to the template. */
import { blocksOf } from '../blocks.ts';
import { proseOf } from '../parts.ts';
import { rowFor, type ScorecardSection } from '../scorecard-table.ts';
import { plural, type PartSections } from './part-sections.ts';

/** The usage note; a row that matches none of the steps fits no area of the template, so it is left unplaced. */
export function scorecardField(parts: PartSections, table: ScorecardSection, steps: readonly { title: string }[]): { usage: string } {
  parts.unplace(
    'Scorecard',
    table.rows
      .filter((row) => !steps.some((step) => rowFor([row], step.title)))
      .map((row) => `row "${row.title}": ${row.evidencePrompt} | ${row.nextMovePrompt ?? ''}`),
  );
  parts.recognise('Scorecard', plural(table.rows.length, 'row'));
  return { usage: proseOf(blocksOf(table.prose)) || parts.gap('Scorecard', 'when and with whom to run the scorecard') };
}
