/**
 * Where the parts go in an article body rendered to HTML. The Markdown pipeline writes an empty
 * marker element for each part tag (`<Framework />`); the page splits the HTML at the markers and
 * renders each part there from the article's data. Writing and reading the marker live here only.
 */
import type { Element } from 'hast';
import { articlePartTags, type ArticlePartTag } from '../domain/anatomy.ts';

/** A custom element name (it has a hyphen), so no HTML element or author's markup is mistaken for it. */
const markerTagName = 'setlist-part';

/** The marker for a part tag, as the pipeline puts it in the body's tree. */
export function partMarker(tag: ArticlePartTag): Element {
  return { type: 'element', tagName: markerTagName, properties: { dataPart: tag }, children: [] };
}

/** A run of the body's HTML, or the place of a part. */
export type BodySegment = { html: string } | { part: ArticlePartTag };

// The markers exactly as the pipeline's HTML serialiser writes them; parts only, by name.
const markerPattern = new RegExp(`<${markerTagName} data-part="(${articlePartTags.join('|')})"></${markerTagName}>`, 'g');

/** The body's HTML cut at its part markers, in order; runs of whitespace alone are left out. */
export function bodySegments(html: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let start = 0;
  const pushHtml = (end: number) => {
    const run = html.slice(start, end);
    if (run.trim()) segments.push({ html: run });
  };
  for (const match of html.matchAll(markerPattern)) {
    pushHtml(match.index);
    segments.push({ part: match[1] as ArticlePartTag });
    start = match.index + match[0].length;
  }
  pushHtml(html.length);
  return segments;
}
