/** The objections part: each objection with its rebuttal, a TODO where the export gives no answer. */
import { todo } from '../../scaffold.ts';
import { objectionsOf } from '../parts.ts';
import type { PartSections } from './part-sections.ts';

export function objectionsField(parts: PartSections) {
  const objections = objectionsOf(parts.blocks('Objections'));
  parts.unplace('Objections', objections.unplaced);
  parts.recognise('Objections', objections.value.length || 'none: TODO');
  return objections.value.length
    ? objections.value.map((item) => ({
        objection: item.objection,
        rebuttal: item.rebuttal || todo(`the answer to "${item.objection}" (the export gives none).`),
      }))
    : [{ objection: parts.gap('Objections', 'a question a sceptical reader asks'), rebuttal: todo('the answer.') }];
}
