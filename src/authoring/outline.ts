import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { findPart } from '../domain/anatomy.ts';
import { isHtmlElementName, unsupportedSyntax } from '../markdown/body-syntax.ts';

/** A block of an article body that matters for its shape: a narrative heading or a placed part. */
export type OutlineItem =
  { kind: 'heading'; depth: number; text: string; line: number | undefined } | { kind: 'component'; name: string; line: number | undefined };

export interface Outline {
  items: OutlineItem[];
  /** Every Markdown link and link definition, with its line in the body. */
  links: { url: string; line: number | undefined }[];
  /**
   * What the body holds that cannot be rendered (src/markdown/body-syntax.ts), and part tags that do
   * not stand on their own line. Unknown tags on their own line are left to the part-order check
   * (check/part-order.ts).
   */
  unsupported: { reason: string; line: number | undefined }[];
}

const bodyParser = unified().use(remarkParse).use(remarkMdx);

/** A tag on its own line naming a component (a part, or an unknown name), not an HTML element. */
const isComponentTag = (node: Nodes): node is MdxJsxFlowElement & { name: string } =>
  node.type === 'mdxJsxFlowElement' && node.name !== null && !isHtmlElementName(node.name);

/**
 * Reads the top-level headings and component tags of an MDX body, in order.
 * It parses with remark + remark-mdx only to see the body's shape and what it holds that cannot be
 * rendered; the site's Markdown processor renders it (src/integration/markdown-processor.ts).
 */
export function outlineOf(body: string): Outline {
  const tree: Root = bodyParser.parse(body);
  const items: OutlineItem[] = [];
  const links: Outline['links'] = [];
  const unsupported: Outline['unsupported'] = [];
  visit(tree, (node: Nodes, _index, parent) => {
    const line = node.position?.start.line;
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, line });
    if (parent === tree && isComponentTag(node)) return;
    const isTag = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    const reason =
      isTag && node.name && findPart(node.name)
        ? `<${node.name} /> must stand on its own line, outside paragraphs, lists and other elements`
        : unsupportedSyntax(node);
    if (reason) unsupported.push({ reason, line });
  });
  for (const node of tree.children as Nodes[]) {
    const line = node.position?.start.line;
    if (node.type === 'heading') {
      items.push({ kind: 'heading', depth: node.depth, text: toString(node), line });
    } else if (isComponentTag(node)) {
      items.push({ kind: 'component', name: node.name, line });
    }
  }
  return { items, links, unsupported };
}
