import { Parser } from 'acorn';
import jsx from 'acorn-jsx';
import type { Program, Statement } from 'estree';
import { analyze } from 'periscopic';
import { mdxToMdast } from 'satteri';
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

/** A body that is not MDX: the reason, and its line in the body. */
class BodySyntaxError extends Error {
  readonly reason: string;
  readonly line: number | undefined;
  constructor(reason: string, line: number | undefined) {
    super(reason);
    this.reason = reason;
    this.line = line;
  }
}

/**
 * The body's shape, read by the pages' parser (Sätteri's MDX with directives, positions kept). Not
 * GFM: the check has always read a bare URL as text, and has its own rule for the site's own.
 */
function parseBody(body: string): Root {
  try {
    return mdxToMdast(body, { features: { gfm: false, directive: true, frontmatter: false } });
  } catch (error) {
    // Sätteri's message starts with the place and ends with its rule: "3:1: Expected … (mdx-jsx:…)";
    // a message without that start may still name a place inside: "… `<b>` (1:3) …".
    const { message } = error as Error;
    const [, line, reason] = /^(\d+):\d+: ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(message) ?? [undefined, /\((\d+):\d+/.exec(message)?.[1], message];
    throw new BodySyntaxError(reason ?? message, line === undefined ? undefined : Number(line));
  }
}

/** JavaScript as MDX has it: the latest syntax, modules, and JSX. */
const scriptParser = Parser.extend(jsx());

/** Whether a script holds nothing but comments and spaces (the tokenizer skips both). */
function onlyComments(code: string): boolean {
  for (const token of scriptParser.tokenizer(code, { ecmaVersion: 'latest' })) return token === undefined;
  return true;
}

/**
 * A node's JavaScript as an estree program whose lines are the body's (`line` is where the script
 * starts): an import or export as a module, an `{expression}` (or an attribute's) as an
 * expression; a comment alone (`{/* note *\/}`) is an empty program.
 */
function scriptAt(code: string, line: number, kind: 'module' | 'expression'): Program {
  const parse = (source: string) =>
    scriptParser.parse(`${'\n'.repeat(line - 1)}${source}`, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as Program;
  try {
    if (kind === 'expression' && onlyComments(code)) return { type: 'Program', sourceType: 'module', body: [] };
    return parse(kind === 'module' ? code : `(${code}\n)`);
  } catch (error) {
    const { message, loc } = error as { message: string; loc?: { line: number } };
    const what = kind === 'module' ? 'import/exports' : 'expression';
    throw new BodySyntaxError(`Could not parse ${what} with acorn: ${message.replace(/ \(\d+:\d+\)$/, '')}`, loc?.line ?? line);
  }
}

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

/** The JavaScript a node carries, parsed: an import or export, an `{expression}`, attribute values written as expressions. */
function scriptsOf(node: Nodes, body: string): Program[] {
  const line = node.position?.start.line ?? 1;
  if (node.type === 'mdxjsEsm') return [scriptAt(node.value, line, 'module')];
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [scriptAt(node.value, line, 'expression')];
  if (!isJsxElement(node)) return [];
  // Sätteri gives attributes no position: each script is found in the element's text, after the
  // one before it, and placed on its own line (the element's first, if it cannot be found).
  let from = node.position?.start.offset ?? 0;
  const lineOf = (code: string): number => {
    const at = body.indexOf(code, from);
    if (at < 0) return line;
    from = at + code.length;
    return body.slice(0, at).split('\n').length;
  };
  return node.attributes.flatMap((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return [scriptAt(`{${attribute.value}}`, lineOf(attribute.value), 'expression')];
    return typeof attribute.value === 'object' && attribute.value ? [scriptAt(attribute.value.value, lineOf(attribute.value.value), 'expression')] : [];
  });
}

/** The names an `import` brings in. */
function importsOf(script: Program, line: number | undefined): BodyReferences['imports'] {
  return script.body.flatMap((statement) =>
    statement.type === 'ImportDeclaration'
      ? [
          {
            specifier: String(statement.source.value),
            names: statement.specifiers.map((specifier) => specifier.local.name),
            line: statement.loc?.start.line ?? line,
          },
        ]
      : [],
  );
}

/** Names a body's JavaScript (all of it, as one program) reads without importing, exporting or declaring them. */
function freeNamesOf(script: Statement[]): BodyReferences['freeNames'] {
  if (script.length === 0) return [];
  const program: Program = { type: 'Program', sourceType: 'module', body: script };
  return [...analyze(program).globals].map(([name, node]) => ({ name, line: node.loc?.start.line })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Reads the top-level headings and component tags of an MDX body, in order, and what it refers to.
 * It parses only to see the body's shape; the site's Markdown processor renders it
 * (src/integration/markdown-processor.ts).
 */
export function outlineOf(body: string): Outline {
  const tree = parseBody(body);
  const items: OutlineItem[] = [];
  const references: BodyReferences = { links: [], images: [], imports: [], components: [], freeNames: [] };
  const misplacedParts: Outline['misplacedParts'] = [];
  const script: Statement[] = [];
  visit(tree, (node: Nodes, _index, parent) => {
    const line = node.position?.start.line;
    const scripts = scriptsOf(node, body);
    script.push(...scripts.flatMap((program) => program.body as Statement[]));
    if (node.type === 'link' || node.type === 'definition') references.links.push({ url: node.url, line });
    if (node.type === 'image') references.images.push({ src: node.url, alt: node.alt ?? '', line, jsx: false });
    if (node.type === 'mdxjsEsm') references.imports.push(...scripts.flatMap((program) => importsOf(program, line)));
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
