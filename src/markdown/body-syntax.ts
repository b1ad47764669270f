/**
 * Which of an article body's two paths it takes. A body of Markdown, part tags (`<Framework />`)
 * and HTML elements written as JSX with plain attributes (`<kbd>Esc</kbd>`) runs no JavaScript: it
 * is rendered to HTML as the content loads (src/integration/articles-loader.ts), the fast path.
 * A body that imports a component, uses one, or holds a `{JavaScript}` expression is compiled to a
 * module by @astrojs/mdx. A comment (braces around a JavaScript comment) runs nothing and renders
 * as nothing on either path. The loader and the content check ask the same question here.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxFlowExpression, MdxJsxFlowElement, MdxJsxTextElement, MdxTextExpression } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { findPart } from '../domain/anatomy.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** An HTML element name as JSX writes it (lowercase first letter); a capitalised name is a component. */
export const isHtmlElementName = (name: string): boolean => /^[a-z][a-z0-9-]*$/.test(name);

/** A comment written as an expression: no code in it, only comments (remark-mdx parses each expression into `data.estree`). */
const isComment = (node: MdxFlowExpression | MdxTextExpression): boolean => node.data?.estree?.body.length === 0;

/** A tag naming a component (not a part, not an HTML element), or one with an attribute written as an expression. */
function isCompiledElement(node: JsxElement): boolean {
  if (node.name !== null && !findPart(node.name) && !isHtmlElementName(node.name)) return true;
  return node.attributes.some(
    (attribute) => attribute.type === 'mdxJsxExpressionAttribute' || (typeof attribute.value === 'object' && attribute.value !== null),
  );
}

/** Whether a node of an MDX body runs JavaScript, so the body must be compiled by @astrojs/mdx. */
export function runsJavaScript(node: Nodes): boolean {
  switch (node.type) {
    case 'mdxjsEsm':
      return true;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return !isComment(node);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return isCompiledElement(node);
    default:
      return false;
  }
}

/** Whether a body (parsed with remark-mdx) must be compiled by @astrojs/mdx rather than rendered as it loads. */
export function needsCompiling(tree: Root): boolean {
  let found = false;
  visit(tree, (node: Nodes) => {
    if (!runsJavaScript(node)) return undefined;
    found = true;
    return false;
  });
  return found;
}
