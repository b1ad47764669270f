/** Parts whose field is a list of lines or one line of prose, with nothing inside them to tell apart. */
import type { ArticlePartTag } from '../../../domain/anatomy.ts';
import { itemsOf, proseOf } from '../parts.ts';
import type { PartSections } from './part-sections.ts';

/** A list part's items (TL;DR, checklist, leadership questions, takeaways), or a TODO asking for `what`. */
export function listField(parts: PartSections, tag: ArticlePartTag, what: string): string[] {
  const read = itemsOf(parts.blocks(tag));
  parts.unplace(tag, read.unplaced);
  parts.recognise(tag, read.value.length || 'none: TODO');
  return read.value.length ? read.value : [parts.gap(tag, what)];
}

/** A one-line part's text (after 90 days, closing CTA), or a TODO asking for `what`. */
export function proseField(parts: PartSections, tag: ArticlePartTag, what: string): string {
  const text = proseOf(parts.blocks(tag));
  parts.recognise(tag, text ? undefined : 'empty: TODO');
  return text || parts.gap(tag, what);
}
