/**
 * A directive as its author wrote it, read from the source by the node's position: the syntax
 * around its label (`:name[`, `]{…}`) and whether a container has its closing fence. Sätteri, which
 * parses bodies for the pages and for the content check, keeps neither in the tree, and both the
 * text restoration (directive-restoration.ts) and the content check (directive-problems.ts) need them.
 */
import type { PhrasingContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';

export type Directive = ContainerDirective | LeafDirective | TextDirective;

const fences: Record<Directive['type'], string> = { textDirective: ':', leafDirective: '::', containerDirective: ':::' };

/** The colons a container opens with, as written (three or more); three when the source does not say. */
export function openingFence(node: ContainerDirective, source: string): string {
  const start = node.position?.start.offset;
  return (start === undefined ? undefined : /^:{3,}/.exec(source.slice(start))?.[0]) ?? fences.containerDirective;
}

/** Where the source line holding `offset` starts. */
const lineStart = (source: string, offset: number): number => source.lastIndexOf('\n', offset - 1) + 1;

/**
 * The closing fence of a container (`:::`, or the longer run it opened with), or undefined when it
 * is not closed. An unclosed container ends where its parent ends, so the line at its end is a
 * fence of its own only when it is a line of at least as many colons (after any `>` or indent of
 * the blocks around it) and its last child, which may be a container closed by that line, ends
 * before it.
 */
export function closingFence(node: ContainerDirective, source: string): string | undefined {
  const end = node.position?.end.offset;
  if (end === undefined) return undefined;
  const start = lineStart(source, end);
  const lastChildEnd = node.children.at(-1)?.position?.end.offset;
  if (lastChildEnd !== undefined && lastChildEnd > start) return undefined;
  const fence = /^[ \t>]*(:{3,})[ \t]*$/.exec(source.slice(start, end))?.[1];
  return fence !== undefined && fence.length >= openingFence(node, source).length ? fence : undefined;
}

/** A directive's syntax around its label's content: `before` up to the content, `after` from it. */
export interface DirectiveSyntax {
  before: string;
  after: string;
}

/** Attributes as `{key="value"}`, for a directive whose source cannot be read. */
function writtenAttributes(attributes: Directive['attributes']): string {
  const pairs = Object.entries(attributes ?? {}).flatMap(([key, value]) =>
    value === null || value === undefined ? [] : [value === '' ? key : `${key}="${value.replaceAll('"', '&quot;')}"`],
  );
  return pairs.length ? `{${pairs.join(' ')}}` : '';
}

/**
 * The syntax around `label` (the label's parsed content, empty when there is none) as written: for
 * a text or leaf directive the whole node, for a container its opening line. Written again from
 * the node when its position does not point at it in `source` (a tree made or moved by another step).
 */
export function directiveSyntax(node: Directive, label: PhrasingContent[], source: string): DirectiveSyntax {
  const fence = node.type === 'containerDirective' ? openingFence(node, source) : fences[node.type];
  const start = node.position?.start.offset;
  let end = node.position?.end.offset;
  if (node.type === 'containerDirective' && start !== undefined) {
    const newline = source.indexOf('\n', start);
    end = newline === -1 ? source.length : newline;
  }
  const first = label[0]?.position?.start.offset;
  const last = label.at(-1)?.position?.end.offset;
  const readable =
    start !== undefined &&
    end !== undefined &&
    source.startsWith(`${fence}${node.name}`, start) &&
    (label.length === 0 || (first !== undefined && last !== undefined && start < first && last <= end));
  if (readable) {
    if (label.length === 0) return { before: source.slice(start, end).trimEnd(), after: '' };
    return { before: source.slice(start, first), after: source.slice(last, end).trimEnd() };
  }
  const attributes = writtenAttributes(node.attributes);
  if (label.length === 0) return { before: `${fence}${node.name}${attributes}`, after: '' };
  return { before: `${fence}${node.name}[`, after: `]${attributes}` };
}
