/** The teaser part: the LinkedIn hook, and the "Full article:" URL the export ended it with. */
import { teaserOf } from '../parts.ts';
import type { PartSections } from './part-sections.ts';

export function teaserField(parts: PartSections): { teaser: string; url: string | undefined } {
  const read = teaserOf(parts.blocks('Teaser'));
  parts.recognise('Teaser', read.teaser ? undefined : 'empty: TODO');
  return { teaser: read.teaser || parts.gap('Teaser', 'the LinkedIn hook, two or three sentences'), url: read.url };
}
