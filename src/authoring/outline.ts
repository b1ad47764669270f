import type { Program, Statement } from 'estree';
import { analyze } from 'periscopic';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { findPart } from '../domain/anatomy.ts';
import { isHtmlElementName } from '../markdown/body-syntax.ts';

/** A block of an article body that matters for its shape: a narrative heading or a placed part. */
export type OutlineItem =
  { kind: 'heading'; depth: number; text: string; line: number | undefined } | { kind: 'component'; name: string; line: number | undefined };

/** Where a body refers to something outside itself, with its line in the body. */
export interface BodyReferences {
  /** Every Markdown link and link definition. */
  links: { url: string; line: number | undefined }[];
  /** Markdown images (`![alt](src)`), and `<img>` elements written as JSX (`jsx: true`). */
  images: { src: string; alt: string; line: number | undefined; jsx: boolean }[];
  /** `import` statements: where from, and the names they bring in. */
  imports: { specifier: string; names: string[]; line: number | undefined }[];
  /** Tags naming a component (neither a part nor an HTML element), wherever they stand. */
  components: { name: string; line: number | undefined }[];
  /** Names the body's JavaScript (expressions, exports) uses without defining them. */
  freeNames: { name: string; line: number | undefined }[];
}

export interface Outline extends BodyReferences {
  items: OutlineItem[];
  /** Part tags that do not stand on their own line (unknown tags on their own line are check/part-order.ts's to report). */
  misplacedParts: { reason: string; line: number | undefined }[];
  /** The parsed body, for the checks that read it whole (directives). */
  tree: Root;
}

const bodyParser = unified().use(remarkParse).use(remarkMdx).use(remarkDirective);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const isJsxElement = (node: Nodes): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A tag on its own line naming a component (a part, or an unknown name), not an HTML element. */
const isComponentTag = (node: Nodes): node is MdxJsxFlowElement & { name: string } =>
  node.type === 'mdxJsxFlowElement' && node.name !== null && !isHtmlElementName(node.name);

/** A JSX attribute's plain value, or undefined when it has none or is an expression. */
const plainAttribute = (node: JsxElement, name: string): string | undefined => {
  const attribute = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
};

/**
 * The JavaScript remark-mdx parsed a node's script into. Read through this type: Sätteri's own
 * declarations of MDX's nodes (for the pages' pipeline) have no `estree`, and TypeScript merges
 * the two.
 */
const estreeOf = (node: Nodes): Program | undefined => (node.data as { estree?: Program | null } | undefined)?.estree ?? undefined;

/** The names an `import` brings in (remark-mdx parses each statement into `data.estree`). */
function importsOf(node: Nodes & { type: 'mdxjsEsm' }): BodyReferences['imports'] {
  return (estreeOf(node)?.body ?? []).flatMap((statement) =>
    statement.type === 'ImportDeclaration'
      ? [
          {
            specifier: String(statement.source.value),
            names: statement.specifiers.map((specifier) => specifier.local.name),
            line: statement.loc?.start.line ?? node.position?.start.line,
          },
        ]
      : [],
  );
}

/** The JavaScript a node carries: an import or export, an `{expression}`, attribute values written as expressions. */
function scriptOf(node: Nodes): Statement[] {
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return (estreeOf(node)?.body ?? []) as Statement[];
  if (!isJsxElement(node)) return [];
  return node.attributes.flatMap((attribute) => {
    const estree =
      attribute.type === 'mdxJsxExpressionAttribute' ? attribute.data?.estree : typeof attribute.value === 'object' ? attribute.value?.data?.estree : undefined;
    return (estree?.body ?? []) as Statement[];
  });
}

/** Names a body's JavaScript (all of it, as one program) reads without importing, exporting or declaring them. */
function freeNamesOf(script: Statement[]): BodyReferences['freeNames'] {
  if (script.length === 0) return [];
  const program: Program = { type: 'Program', sourceType: 'module', body: script };
  return [...analyze(program).globals].map(([name, node]) => ({ name, line: node.loc?.start.line })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Reads the top-level headings and component tags of an MDX body, in order, and what it refers to.
 * It parses with remark + remark-mdx + remark-directive only to see the body's shape; the site's
 * Markdown processor renders it (src/integration/markdown-processor.ts).
 */
export function outlineOf(body: string): Outline {
  const tree: Root = bodyParser.parse(body);
  const items: OutlineItem[] = [];
  const references: BodyReferences = { links: [], images: [], imports: [], components: [], freeNames: [] };
  const misplacedParts: Outline['misplacedParts'] = [];
  const script: Statement[] = [];
  visit(tree, (node: Nodes, _index, parent) => {
    const line = node.position?.start.line;
    script.push(...scriptOf(node));
    if (node.type === 'link' || node.type === 'definition') references.links.push({ url: node.url, line });
    if (node.type === 'image') references.images.push({ src: node.url, alt: node.alt ?? '', line, jsx: false });
    if (node.type === 'mdxjsEsm') references.imports.push(...importsOf(node));
    if (!isJsxElement(node) || node.name === null) return;
    if (node.name === 'img') references.images.push({ src: plainAttribute(node, 'src') ?? '', alt: plainAttribute(node, 'alt') ?? '', line, jsx: true });
    const part = findPart(node.name);
    if (part && !(parent === tree && node.type === 'mdxJsxFlowElement'))
      misplacedParts.push({ reason: `<${node.name} /> must stand on its own line, outside paragraphs, lists and other elements`, line });
    if (!part && !isHtmlElementName(node.name)) references.components.push({ name: node.name, line });
  });
  for (const node of tree.children as Nodes[]) {
    const line = node.position?.start.line;
    if (node.type === 'heading') {
      items.push({ kind: 'heading', depth: node.depth, text: toString(node), line });
    } else if (isComponentTag(node)) {
      items.push({ kind: 'component', name: node.name, line });
    }
  }
  references.freeNames = freeNamesOf(script);
  return { items, ...references, misplacedParts, tree };
}
