/**
 * Article bodies as the pipeline reads and renders them: parsed as the content check parses them
 * (remark-mdx and remark-directive, for the check's rules), and rendered to HTML by the
 * render-as-it-loads path (Sätteri with the site's steps; no highlighting).
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { plainBodyRenderer } from '../../../src/integration/markdown-processor.ts';

export type Syntax = 'markdown' | 'mdx';
export const syntaxes: Syntax[] = ['markdown', 'mdx'];

/** The body parsed as the content check parses it: with remark-directive, and remark-mdx for MDX. */
export function parseBody(body: string, syntax: Syntax = 'mdx'): Root {
  const processor = syntax === 'mdx' ? unified().use(remarkParse).use(remarkMdx).use(remarkDirective) : unified().use(remarkParse).use(remarkDirective);
  return processor.parse(body);
}

const renderer = plainBodyRenderer({ syntaxHighlight: false, smartypants: true }, 'https://example.com');

/** The body rendered to HTML as an article body is, and what the render found in it. */
export async function renderBodyWithMetadata(body: string) {
  return (await renderer).render(body, {});
}

/** The body's HTML as an article body is rendered. */
export async function renderBody(body: string): Promise<string> {
  return (await renderBodyWithMetadata(body)).code;
}
