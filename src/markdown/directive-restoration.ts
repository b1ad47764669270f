/**
 * Directives that are not Setlist's are text. remark-directive reads `:name` anywhere in a line as
 * a text directive ("Note:this", "12:30pm", "mailto:ops"), a line `::name` as a leaf directive and
 * `:::name` as a container, and would render each as an empty element; only the callouts
 * (callouts.ts) mean something here. Every other directive goes back to the text its author wrote,
 * read from the source by the node's position (a label's Markdown stays rendered). An unknown
 * container is also an error of the content check (directive-problems.ts); restoring it keeps its
 * text on a page rendered before the check has run, as in `astro dev`.
 */
import type { Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';
import { isCalloutKind } from './callouts.ts';
import { closingFence, directiveSyntax, type Directive } from './directive-source.ts';

type Point = NonNullable<Nodes['position']>['start'];

const text = (value: string, start: Point | undefined, end: Point | undefined): Text => ({
  type: 'text',
  value,
  ...(start && end ? { position: { start, end } } : {}),
});

/**
 * The directive's text: its syntax around its label's content, as written. `end` is where the
 * syntax after the label ends: the node's end for a text or leaf directive; unknown for a
 * container's opening line, whose text then has no position.
 */
function restoredPhrasing(node: Directive, label: PhrasingContent[], source: string, end: Point | undefined): PhrasingContent[] {
  const { before, after } = directiveSyntax(node, label, source);
  const start = node.position?.start;
  const [first, last] = [label[0]?.position?.start, label.at(-1)?.position?.end];
  return [text(before, start, label.length ? first : end), ...label, ...(after ? [text(after, last, end)] : [])];
}

const paragraph = (children: PhrasingContent[], position: Nodes['position']): Paragraph => ({
  type: 'paragraph',
  children,
  ...(position ? { position } : {}),
});

/** What takes a directive's place in its parent. */
function restored(node: Directive, source: string): RootContent[] {
  switch (node.type) {
    case 'textDirective':
      return restoredPhrasing(node, node.children, source, node.position?.end);
    case 'leafDirective':
      return [paragraph(restoredPhrasing(node, node.children, source, node.position?.end), node.position)];
    case 'containerDirective': {
      const [first, ...rest] = node.children;
      const labelled = first?.type === 'paragraph' && first.data?.directiveLabel;
      const content = labelled ? rest : node.children;
      const opening = paragraph(restoredPhrasing(node, labelled ? first.children : [], source, undefined), undefined);
      const fence = closingFence(node, source);
      return [opening, ...content, ...(fence ? [paragraph([text(fence, undefined, undefined)], undefined)] : [])];
    }
  }
}

/** Neighbouring text nodes as one, as the parser would have made them. */
function mergeTexts(parent: Parents): void {
  const children: RootContent[] = [];
  for (const child of parent.children) {
    const previous = children.at(-1);
    if (child.type === 'text' && previous?.type === 'text') {
      previous.value += child.value;
      if (previous.position && child.position) previous.position = { start: previous.position.start, end: child.position.end };
      else delete previous.position;
    } else children.push(child);
  }
  parent.children = children;
}

/** The remark plugin: every directive but the callouts, back to its text. Needs the file (`String(file)` is the source parsed). */
export function remarkDirectiveRestoration(): Transformer<Root> {
  return (tree, file) => {
    const source = String(file);
    const touched = new Set<Parents>();
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return undefined;
      if (node.type === 'containerDirective' && isCalloutKind(node.name)) return undefined;
      if (!parent || index === undefined) return undefined;
      (parent.children as RootContent[]).splice(index, 1, ...restored(node, source));
      touched.add(parent);
      // Visit what took its place: a label or a container's content can hold directives of its own.
      return index;
    });
    for (const parent of touched) mergeTexts(parent);
  };
}
