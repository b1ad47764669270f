/**
 * What an article body may hold besides Markdown: a part tag on its own line (`<Framework />`) and
 * HTML elements written as JSX with plain attributes (`<kbd>Esc</kbd>`, `<abbr title="…">`). The
 * body is rendered to HTML once, when the content is loaded, so nothing in it runs as JavaScript:
 * imports, exports and `{expressions}` have no meaning there, except a comment (braces around a
 * JavaScript comment), which renders as nothing. The content check and the Markdown pipeline ask
 * the same question here.
 */
import type { Nodes } from 'mdast';
import type { MdxFlowExpression, MdxJsxFlowElement, MdxJsxTextElement, MdxTextExpression } from 'mdast-util-mdx';
import { findPart } from '../domain/anatomy.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** An HTML element name as JSX writes it (lowercase first letter); a capitalised name is a component. */
export const isHtmlElementName = (name: string): boolean => /^[a-z][a-z0-9-]*$/.test(name);

/** A comment written as an expression: no code in it, only comments (remark-mdx parses each expression into `data.estree`). */
const isComment = (node: MdxFlowExpression | MdxTextExpression): boolean => node.data?.estree?.body.length === 0;

/** Why an element cannot be rendered, or undefined when it can. Part tags are placed by their own rules. */
function unsupportedElement(node: JsxElement): string | undefined {
  if (node.name === null) return undefined;
  if (findPart(node.name)) return undefined;
  if (!isHtmlElementName(node.name)) return `<${node.name}> is not an article part or an HTML element`;
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || (typeof attribute.value === 'object' && attribute.value !== null))
      return `<${node.name}> has an attribute written as a {JavaScript} expression; give it a quoted value`;
  }
  return undefined;
}

/** Why a node of an MDX body cannot be rendered, or undefined when it can. */
export function unsupportedSyntax(node: Nodes): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return '`import` and `export` cannot be used in an article body: parts are placed with their tags, the rest is Markdown';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isComment(node)) return undefined;
      return '`{…}` is a JavaScript expression, which an article body cannot hold; write \\{ for a literal brace';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return unsupportedElement(node);
    default:
      return undefined;
  }
}
