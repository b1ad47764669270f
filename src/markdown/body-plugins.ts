/**
 * The Markdown pipeline's own steps for article bodies (src/integration/markdown-processor.ts puts
 * them in Astro's `unified()` processor): on the path that renders a body as it loads, MDX's HTML
 * elements become HTML and a body that runs JavaScript is handed to @astrojs/mdx instead; on both
 * paths task-list boxes become drawn boxes and external links get their `rel`. Pure tree
 * transforms, unit-tested.
 */
import type { ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Handler, State } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { needsCompiling } from './body-syntax.ts';

/** Thrown by the render-as-it-loads path for a body that runs JavaScript: the loader has @astrojs/mdx compile it. */
export class BodyNeedsCompiling extends Error {
  constructor() {
    super('this article body imports or uses components or expressions: @astrojs/mdx compiles it');
    this.name = 'BodyNeedsCompiling';
  }
}

/** First step of the render-as-it-loads path: a body that runs JavaScript is not for it. */
export function remarkPlainBodiesOnly() {
  return (tree: Root) => {
    if (needsCompiling(tree)) throw new BodyNeedsCompiling();
  };
}

/** An HTML element written as JSX (plain attributes only: anything else is compiled by @astrojs/mdx). */
function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent | ElementContent[] {
  // A fragment (<>…</>) is its children.
  if (node.name === null) return state.all(node);
  const attributes = Object.fromEntries(
    node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [[attribute.name, attribute.value ?? true]] : [])),
  );
  const element = h(node.name, attributes as Record<string, string | true>, state.all(node));
  state.patch(node, element);
  return element;
}

/** A comment written as an expression renders as nothing; every other script sends the body to @astrojs/mdx first. */
const nothing: Handler = () => undefined;

/** `remarkRehype.handlers` of the render-as-it-loads path: how MDX's own nodes become HTML. */
export const mdxHandlers: Record<string, Handler> = {
  mdxJsxFlowElement: jsxElement as Handler,
  mdxJsxTextElement: jsxElement as Handler,
  mdxjsEsm: nothing,
  mdxFlowExpression: nothing,
  mdxTextExpression: nothing,
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
