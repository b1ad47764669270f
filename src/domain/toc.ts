import GithubSlugger from 'github-slugger';
import type { OutlineItem } from '../authoring/outline.ts';
import type { Insight } from '../schemas/insight.ts';
import { findPart } from './anatomy.ts';
import { stepAnchor } from './page-ids.ts';
import type { UiText } from './ui-text/index.ts';

export interface TocEntry {
  id: string;
  text: string;
  /** The framework's steps, listed under its section. */
  children?: TocEntry[];
}

/**
 * The id of every narrative heading in an MDX body, in order: GitHub's slug rule with its
 * counter for repeats, the rule Astro's Markdown processor applies to headings it renders.
 * Parts render their own headings with fixed ids, so they take no slug.
 */
export function headingIds(outline: readonly OutlineItem[]): { depth: number; id: string; text: string }[] {
  const slugger = new GithubSlugger();
  return outline.flatMap((item) => (item.kind === 'heading' ? [{ depth: item.depth, id: slugger.slug(item.text), text: item.text }] : []));
}

/**
 * The article's sections in reading order: placed parts with their fixed ids, narrative `##`
 * headings with theirs; the framework's steps under the framework's section. The parts' and
 * steps' headings are the page's words, from `text`.
 */
export function tableOfContents(outline: readonly OutlineItem[], data: Insight, text: Pick<UiText['article'], 'parts' | 'framework'>): TocEntry[] {
  const headings = headingIds(outline);
  let nextHeading = 0;
  return outline.flatMap((item): TocEntry[] => {
    if (item.kind === 'heading') {
      const heading = headings[nextHeading++];
      return heading && heading.depth === 2 ? [{ id: heading.id, text: heading.text }] : [];
    }
    const part = findPart(item.name);
    if (!part) return [];
    const entry = { id: part.id, text: part.heading(text.parts, data) };
    if (part.tag !== 'Framework') return [entry];
    const children = data.framework.steps.map((step, index) => ({ id: stepAnchor(step.id), text: text.framework.step(index + 1, step.title) }));
    return [{ ...entry, children }];
  });
}
