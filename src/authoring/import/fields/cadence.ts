/** The cadence part: why it matters, and each rhythm's interval, ritual and the number it watches. */
import { todo } from '../../scaffold.ts';
import { cadenceOf } from '../parts.ts';
import { plural, type PartSections } from './part-sections.ts';

export function cadenceField(parts: PartSections) {
  const cadence = cadenceOf(parts.blocks('Cadence'));
  parts.recognise('Cadence', plural(cadence.rhythms.length, 'rhythm'));
  return {
    summary: cadence.summary || parts.gap('Cadence', 'why cadence matters for this framework'),
    rhythms: cadence.rhythms.length
      ? cadence.rhythms.map((rhythm) => ({
          ...rhythm,
          metric: rhythm.metric ?? todo(`the number the ${rhythm.ritual.toLowerCase()} watches (the export names none).`),
        }))
      : [{ interval: parts.gap('Cadence', 'how often, e.g. Weekly'), ritual: todo('the ritual'), metric: todo('the number it watches') }],
  };
}
