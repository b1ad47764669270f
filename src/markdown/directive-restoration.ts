/**
 * Directives that are not Setlist's are text. The parser reads `:name` anywhere in a line as a
 * text directive ("Note:this", "12:30pm", "mailto:ops"), a line `::name` as a leaf directive and
 * `:::name` as a container, and would drop each from the page; only the callouts (callouts.ts)
 * mean something here. Every other directive goes back to the text its author wrote, read from the
 * source by the node's position (a label's Markdown stays rendered). An unknown container is also
 * an error of the content check (directive-problems.ts); restoring it keeps its text on a page
 * rendered before the check has run, as in `astro dev`.
 */
import type { Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { isCalloutKind } from './callouts.ts';
import { closingFence, directiveSyntax, type Directive } from './directive-source.ts';

const text = (value: string): Text => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** The directive's text: its syntax around its label's content, as written. */
function restoredPhrasing(node: Readonly<Directive>, label: PhrasingContent[], source: string): PhrasingContent[] {
  const { before, after } = directiveSyntax(node, label, source);
  return [text(before), ...label, ...(after ? [text(after)] : [])];
}

/** What takes a directive's place in its parent. */
function restored(node: Readonly<Directive>, source: string): RootContent[] {
  switch (node.type) {
    case 'textDirective':
      return restoredPhrasing(node, node.children, source);
    case 'leafDirective':
      return [paragraph(restoredPhrasing(node, node.children, source))];
    case 'containerDirective': {
      const [first, ...rest] = node.children;
      const labelled = first?.type === 'paragraph' && first.data?.directiveLabel;
      const content = labelled ? rest : node.children;
      const fence = closingFence(node, source);
      return [paragraph(restoredPhrasing(node, labelled ? first.children : [], source)), ...content, ...(fence ? [paragraph([text(fence)])] : [])];
    }
  }
}

const restore = (node: Readonly<Directive>, context: MdastVisitorContext): void => context.replaceNode(node, restored(node, context.source));

/** The Markdown step: every directive but the callouts, back to its text. Reads positions, to find the source. */
export const directiveRestoration: MdastPluginDefinition = {
  name: 'setlist-directive-restoration',
  options: { position: true },
  textDirective: restore,
  leafDirective: restore,
  containerDirective: (node, context) => void (isCalloutKind(node.name) || restore(node, context)),
};
