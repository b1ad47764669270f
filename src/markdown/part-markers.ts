/**
 * Where the parts go in an article body rendered to HTML. The Markdown pipeline writes an empty
 * marker element for each part tag (`<Framework />`), on both of a body's paths (rendered as it
 * loads, or compiled by @astrojs/mdx); the page splits the HTML at the markers and renders each
 * part there from the article's data. Writing and reading the marker live here only.
 */
import type { MdastPluginDefinition, MdastVisitorContext, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { articlePartTags, findPart, type ArticlePartTag } from '../domain/anatomy.ts';

/** A custom element name (it has a hyphen), so no HTML element or author's markup is mistaken for it. */
const markerTagName = 'setlist-part';

/**
 * A part tag as its marker: an empty node that becomes `<setlist-part data-part="Framework">` in
 * HTML, a block where the tag stood alone and inline within text.
 */
function markPart(element: Readonly<MdxJsxFlowElement | MdxJsxTextElement>, context: MdastVisitorContext): void {
  const part = element.name ? findPart(element.name) : undefined;
  if (!part) return;
  const data = { hName: markerTagName, hProperties: { dataPart: part.tag } };
  context.replaceNode(element, element.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [], data } : { type: 'emphasis', children: [], data });
}

/**
 * Part tags become marker elements before the tree leaves Markdown, so neither path needs a
 * component for a part.
 */
export const partMarkers: MdastPluginDefinition = {
  name: 'setlist-part-markers',
  mdxJsxFlowElement: markPart,
  mdxJsxTextElement: markPart,
};

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
