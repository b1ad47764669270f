/**
 * An article body's HTML where a page places it (src/domain/article-placement.ts): on its own page
 * as rendered; in the series book with its ids, the ids its elements refer to, its links and its
 * heading levels moved.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { placedHeadingLevel, type ArticlePlacement } from '../domain/article-placement.ts';

/** The properties (hast's names) that hold ids: an element's own, and those a description or label points at. */
const idProperties = ['id', 'ariaDescribedBy', 'ariaLabelledBy'] as const;

function placeElement(node: Element, placement: ArticlePlacement): void {
  const heading = /^h([1-6])$/.exec(node.tagName);
  if (heading) node.tagName = `h${placedHeadingLevel(Number(heading[1]), placement)}`;
  const { properties } = node;
  for (const name of idProperties) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = placement.id(value) as never;
    else if (Array.isArray(value)) properties[name] = value.map((id) => placement.id(String(id))) as never;
  }
  const { href } = node.properties;
  if (typeof href === 'string') node.properties.href = placement.href(href);
}

/** A run of the body's HTML as `placement` holds it. */
export function placedBodyHtml(html: string, placement: ArticlePlacement): string {
  if (!placement.inBook) return html;
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => placeElement(node, placement));
  return toHtml(tree);
}
