/**
 * The body elements' remark steps in a pipeline of their own, as both of a body's paths run them:
 * Markdown, or MDX (remark-mdx) as article bodies are, each with remark-directive, to HTML through
 * mdast-util-to-hast (what remark-rehype runs) with the site's handlers for MDX's nodes.
 */
import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdxHandlers } from '../../../src/markdown/body-plugins.ts';
import { remarkCallouts } from '../../../src/markdown/callouts.ts';
import { remarkDirectiveRestoration } from '../../../src/markdown/directive-restoration.ts';
import { remarkFigures } from '../../../src/markdown/figures.ts';

export type Syntax = 'markdown' | 'mdx';
export const syntaxes: Syntax[] = ['markdown', 'mdx'];

/** The body parsed as the content check parses it: with remark-directive, and remark-mdx for MDX. */
export function parseBody(body: string, syntax: Syntax = 'mdx'): Root {
  const processor = syntax === 'mdx' ? unified().use(remarkParse).use(remarkMdx).use(remarkDirective) : unified().use(remarkParse).use(remarkDirective);
  return processor.parse(body);
}

/** The body rendered to HTML with the body elements' steps, in the order the pipeline runs them. */
export async function renderBody(body: string, syntax: Syntax = 'mdx'): Promise<string> {
  const processor = unified().use(remarkDirectiveRestoration).use(remarkCallouts).use(remarkFigures);
  const tree = await processor.run(parseBody(body, syntax), body);
  return toHtml(toHast(tree, { handlers: mdxHandlers }));
}
