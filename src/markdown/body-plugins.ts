/**
 * The Markdown pipeline's own steps for article bodies (src/integration/markdown-processor.ts puts
 * them in Astro's `unified()` processor): MDX's tags become part markers and HTML elements, task-list
 * boxes become drawn boxes, external links get their `rel`. Pure tree transforms, unit-tested.
 */
import type { ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Handler, State } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { findPart } from '../domain/anatomy.ts';
import { unsupportedSyntax } from './body-syntax.ts';
import { partMarker } from './part-markers.ts';

/** A body the pipeline cannot render, with the line it stops at (the content check reports it first, with its file). */
function refuse(node: Nodes, reason: string): never {
  const line = node.position?.start.line;
  throw new Error(line === undefined ? reason : `line ${line}: ${reason}`);
}

function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent | ElementContent[] {
  const reason = unsupportedSyntax(node);
  if (reason) refuse(node, reason);
  // A fragment (<>…</>) is its children.
  if (node.name === null) return state.all(node);
  const part = findPart(node.name);
  if (part) return partMarker(part.tag);
  const attributes = Object.fromEntries(
    node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [[attribute.name, attribute.value ?? true]] : [])),
  );
  const element = h(node.name, attributes as Record<string, string | true>, state.all(node));
  state.patch(node, element);
  return element;
}

/** Imports, exports and expressions run nothing in a body: a comment renders as nothing, the rest is refused. */
const javaScript: Handler = (_state, node: Nodes) => {
  const reason = unsupportedSyntax(node);
  if (reason) refuse(node, reason);
  return undefined;
};

/** `remarkRehype.handlers`: how MDX's own nodes become HTML. */
export const mdxHandlers: Record<string, Handler> = {
  mdxJsxFlowElement: jsxElement as Handler,
  mdxJsxTextElement: jsxElement as Handler,
  mdxjsEsm: javaScript,
  mdxFlowExpression: javaScript,
  mdxTextExpression: javaScript,
};

/**
 * GFM task-list boxes (`- [x] done`) record a status, not a form control: a drawn box with its state
 * in words for screen readers, instead of an unlabelled disabled <input>.
 */
export function rehypeTaskBoxes() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'input' || node.properties.type !== 'checkbox' || !parent || index === undefined) return;
      const done = Boolean(node.properties.checked);
      parent.children[index] = h('span', { class: done ? 'box box-done' : 'box' }, [h('span', { class: 'visually-hidden' }, done ? 'Done: ' : 'To do: ')]);
    });
  };
}

/**
 * External links get rel="noopener noreferrer": a page opened from the site can neither script it
 * nor learn where the reader came from.
 */
export function rehypeExternalLinks(options: { isExternal: (href: string) => boolean }) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      const { href } = node.properties;
      if (node.tagName === 'a' && typeof href === 'string' && options.isExternal(href)) node.properties.rel = ['noopener', 'noreferrer'];
    });
  };
}
