import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** A block of an article body that matters for its shape: a narrative heading or a placed part. */
export type OutlineItem =
  { kind: 'heading'; depth: number; text: string; line: number | undefined } | { kind: 'component'; name: string; line: number | undefined };

export interface Outline {
  items: OutlineItem[];
  /** Every Markdown link and link definition, with its line in the body. */
  links: { url: string; line: number | undefined }[];
  /** Names the body imports itself (`import Chart from '...'`), which it may use as components. */
  imported: string[];
}

const bodyParser = unified().use(remarkParse).use(remarkMdx);

/**
 * Reads the top-level headings and component tags of an MDX body, in order.
 * It parses with remark + remark-mdx only to see the body's shape; rendering is left
 * to whichever Markdown processor Astro is configured with.
 */
export function outlineOf(body: string): Outline {
  const tree: Root = bodyParser.parse(body);
  const items: OutlineItem[] = [];
  const imported: string[] = [];
  const links: Outline['links'] = [];
  visit(tree, ['link', 'definition'], (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, line: node.position?.start.line });
  });
  for (const node of tree.children as Nodes[]) {
    const line = node.position?.start.line;
    if (node.type === 'heading') {
      items.push({ kind: 'heading', depth: node.depth, text: toString(node), line });
    } else if (node.type === 'mdxJsxFlowElement' && node.name) {
      items.push({ kind: 'component', name: node.name, line });
    } else if (node.type === 'mdxjsEsm') {
      for (const statement of node.data?.estree?.body ?? []) {
        if (statement.type !== 'ImportDeclaration') continue;
        imported.push(...statement.specifiers.map((specifier) => specifier.local.name));
      }
    }
  }
  return { items, imported, links };
}
