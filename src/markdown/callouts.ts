/**
 * Callouts: `:::note`, `:::tip`, `:::caution` and `:::danger` container directives (remark-directive's
 * syntax), with an optional title in the label, `:::caution[Before you restart]`. Each becomes a
 * static `<aside>` with a visible title, by `data.hName`/`hProperties` on the mdast tree, so Astro's
 * Markdown processor and an MDX compile render it the same way. The kinds and their words live here
 * only; the content check names them from here (directive-problems.ts), and body-elements.css gives
 * each its colour.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** Each callout kind, by its directive name, with the word that names it to readers. */
export const calloutLabels = {
  note: 'Note',
  tip: 'Tip',
  caution: 'Caution',
  danger: 'Danger',
} as const;

export type CalloutKind = keyof typeof calloutLabels;

/** The kinds in the order authors are told about them. */
export const calloutKinds = Object.keys(calloutLabels) as CalloutKind[];

export const isCalloutKind = (name: string): name is CalloutKind => Object.hasOwn(calloutLabels, name);

/** The label paragraph remark-directive makes of `[…]` after the name, if there is one. */
function titleOf(node: ContainerDirective): Paragraph | undefined {
  const [first] = node.children;
  if (first?.type !== 'paragraph' || !first.data?.directiveLabel) return undefined;
  return first;
}

function renderCallout(node: ContainerDirective, kind: CalloutKind): void {
  const label = calloutLabels[kind];
  const title = titleOf(node);
  if (title) node.children.shift();
  const titleText = title ? toString(title).trim() : '';
  // The kind is always in the words, not only in the colour: on a black-and-white page, and for
  // a screen reader, "Caution: Before you restart" says what "Before you restart" alone does not.
  const kindWord: PhrasingContent = {
    type: 'strong',
    data: { hProperties: { className: ['callout-kind'] } },
    children: [{ type: 'text', value: titleText ? `${label}:` : label }],
  };
  node.children.unshift({
    type: 'paragraph',
    data: { hProperties: { className: ['callout-title'] } },
    children: title && titleText ? [kindWord, { type: 'text', value: ' ' }, ...title.children] : [kindWord],
    ...(title?.position ? { position: title.position } : {}),
  });
  // role="note", not the <aside>'s own role: a named <aside> is a complementary landmark, so a body
  // with a few callouts would crowd the reader's list of landmarks with "Note", "Note", "Caution"
  // (axe's landmark-unique flags two named alike). A callout belongs to the text it sits in, set
  // off from it: ARIA's "note", parenthetic content, which is no landmark.
  node.data = {
    ...node.data,
    hName: 'aside',
    hProperties: { className: ['callout', `callout-${kind}`], role: 'note', ariaLabel: titleText ? `${label}: ${titleText}` : label },
  };
}

/**
 * The remark plugin: every callout container in the tree rendered as its aside. Other containers
 * are left for directive-restoration.ts, which turns them back into text.
 */
export function remarkCallouts() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      // Rendered once: a tree that went through this step already keeps its asides.
      if (isCalloutKind(node.name) && !node.data?.hName) renderCallout(node, node.name);
    });
  };
}
