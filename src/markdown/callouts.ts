/**
 * Callouts: `:::note`, `:::tip`, `:::caution` and `:::danger` container directives (the generic
 * directive syntax), with an optional title in the label, `:::caution[Before you restart]`. Each becomes a
 * static `<aside>` with a visible title, by `data.hName`/`hProperties` on the mdast tree, so Astro's
 * Markdown processor and an MDX compile render it the same way. The kinds and their words live here
 * only; the content check names them from here (directive-problems.ts), and body-elements.css gives
 * each its colour. The words that name each kind are the page's language's, given to the step.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import type { ContainerDirective } from 'mdast-util-directive';

/** The callout kinds by their directive names, in the order authors are told about them. */
export const calloutKinds = ['note', 'tip', 'caution', 'danger'] as const;

export type CalloutKind = (typeof calloutKinds)[number];

/** The word that names each kind to readers (the page's language's). */
export type CalloutLabels = Readonly<Record<CalloutKind, string>>;

export const isCalloutKind = (name: string): name is CalloutKind => (calloutKinds as readonly string[]).includes(name);

/** How a Markdown node becomes HTML: the element's properties (the `data.hProperties` convention of mdast, which Sätteri follows). */
interface HtmlData {
  hProperties: Record<string, unknown>;
}

/** The label paragraph the parser makes of `[…]` after the name, if there is one. */
function titleOf(node: Readonly<ContainerDirective>): Paragraph | undefined {
  const [first] = node.children;
  if (first?.type !== 'paragraph' || !first.data?.directiveLabel) return undefined;
  return first;
}

function renderCallout(node: Readonly<ContainerDirective>, kind: CalloutKind, label: string, context: MdastVisitorContext): void {
  const title = titleOf(node);
  const titleText = title ? context.textContent(title).trim() : '';
  // The kind is always in the words, not only in the colour: on a black-and-white page, and for
  // a screen reader, "Caution: Before you restart" says what "Before you restart" alone does not.
  const kindWord: PhrasingContent & { data: HtmlData } = {
    type: 'strong',
    data: { hProperties: { className: ['callout-kind'] } },
    children: [{ type: 'text', value: titleText ? `${label}:` : label }],
  };
  const titleParagraph: Paragraph & { data: HtmlData } = {
    type: 'paragraph',
    data: { hProperties: { className: ['callout-title'] } },
    children: title && titleText ? [kindWord, { type: 'text', value: ' ' }, ...title.children] : [kindWord],
  };
  if (title) context.replaceNode(title, titleParagraph);
  else context.prependChild(node, titleParagraph);
  // role="note", not the <aside>'s own role: a named <aside> is a complementary landmark, so a body
  // with a few callouts would crowd the reader's list of landmarks with "Note", "Note", "Caution"
  // (axe's landmark-unique flags two named alike). A callout belongs to the text it sits in, set
  // off from it: ARIA's "note", parenthetic content, which is no landmark.
  context.setProperty(node, 'data', {
    hName: 'aside',
    hProperties: { className: ['callout', `callout-${kind}`], role: 'note', ariaLabel: titleText ? `${label}: ${titleText}` : label },
  });
}

/**
 * The Markdown step: every callout container rendered as its aside, named with `labels`. Any other
 * container goes back to its text (directive-restoration.ts) and is an error of the content check
 * (directive-problems.ts).
 */
export function callouts(labels: CalloutLabels): MdastPluginDefinition {
  return {
    name: 'setlist-callouts',
    containerDirective(node, context) {
      if (isCalloutKind(node.name)) renderCallout(node, node.name, labels[node.name], context);
    },
  };
}
