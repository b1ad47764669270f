import type { Insight } from '../schemas/insight.ts';
import { findPart } from './anatomy.ts';
import type { OutlineItem } from '../authoring/outline.ts';

export interface TocEntry {
  id: string;
  text: string;
}

/** A heading as the Markdown processor reports it after rendering (Astro's `headings`). */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The article's sections in reading order: placed parts take their fixed ids, narrative
 * `##` headings take the ids the Markdown processor gave them (matched in order).
 */
export function tableOfContents(
  outline: readonly OutlineItem[],
  renderedHeadings: readonly RenderedHeading[],
  data: Insight,
): TocEntry[] {
  const narrative = renderedHeadings.filter((heading) => heading.depth === 2);
  let nextNarrative = 0;
  const entries: TocEntry[] = [];
  for (const item of outline) {
    if (item.kind === 'component') {
      const part = findPart(item.name);
      if (part) entries.push({ id: part.id, text: part.heading(data) });
    } else if (item.depth === 2) {
      const heading = narrative[nextNarrative++];
      if (heading) entries.push({ id: heading.slug, text: heading.text });
    }
  }
  return entries;
}
