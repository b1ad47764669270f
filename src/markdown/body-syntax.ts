/**
 * Which of an article body's two paths it takes. A body of Markdown, part tags (`<Framework />`)
 * and HTML elements written as JSX with plain attributes (`<kbd>Esc</kbd>`) runs no JavaScript: it
 * is rendered to HTML as the content loads (src/integration/articles-loader.ts), the fast path.
 * A body that imports a component, uses one, or holds a `{JavaScript}` expression is compiled to a
 * module by @astrojs/mdx. A comment (braces around a JavaScript comment) runs nothing and renders
 * as nothing on either path. The render threads ask here, of Sätteri's tree; the content check
 * reads element names by the same rule.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { HastPluginDefinition } from 'satteri';
import { findPart } from '../domain/anatomy.ts';

/** A JSX element as Sätteri gives it, to the content check's tree and to the pages' plugins. */
type JsxElement = Pick<MdxJsxFlowElement | MdxJsxTextElement, 'name' | 'attributes'>;

/** An HTML element name as JSX writes it (lowercase first letter); a capitalised name is a component. */
export const isHtmlElementName = (name: string): boolean => /^[a-z][a-z0-9-]*$/.test(name);

/** A tag naming a component (not a part, not an HTML element), or one with an attribute written as an expression. */
function isCompiledElement(node: JsxElement): boolean {
  if (node.name !== null && !findPart(node.name) && !isHtmlElementName(node.name)) return true;
  return node.attributes.some(
    (attribute) => attribute.type === 'mdxJsxExpressionAttribute' || (typeof attribute.value === 'object' && attribute.value !== null),
  );
}

/** Thrown by the render-as-it-loads path for a body that runs JavaScript: the loader has @astrojs/mdx compile it. */
export class BodyNeedsCompiling extends Error {
  constructor() {
    super('this article body imports or uses components or expressions: @astrojs/mdx compiles it');
    this.name = 'BodyNeedsCompiling';
  }
}

const needsCompiling = (): never => {
  throw new BodyNeedsCompiling();
};

/**
 * First HTML step of the render-as-it-loads path: a body that runs JavaScript is not for it. A
 * comment written as an expression parses to no statement.
 */
export const plainBodiesOnly: HastPluginDefinition = {
  name: 'setlist-plain-bodies-only',
  mdxjsEsm: needsCompiling,
  mdxFlowExpression: (node) => void (node.parseExpression()?.body.length && needsCompiling()),
  mdxTextExpression: (node) => void (node.parseExpression()?.body.length && needsCompiling()),
  mdxJsxFlowElement: { filter: [], visit: (node) => void (isCompiledElement(node) && needsCompiling()) },
  mdxJsxTextElement: { filter: [], visit: (node) => void (isCompiledElement(node) && needsCompiling()) },
};
