/**
 * The Markdown pipeline's own HTML steps for article bodies (src/integration/markdown-processor.ts
 * puts them in the Sätteri pipeline of both paths): task-list boxes become drawn boxes and external
 * links get their `rel`. On the path that renders a body as it loads, MDX's HTML elements are written
 * as HTML.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { HastPluginDefinition, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';

/** Where Astro's image step keeps the picture it renders in place of an `<img>`. */
const astroImageMarker = '__ASTRO_IMAGE_';

/**
 * An element's properties as HTML should have them. A picture Astro renders keeps only its marker
 * and class: Astro's image step moved the rest into the marker and cleared them, and the tree the
 * step is given spells a cleared property as an empty one, which would be written `src=""`.
 */
function ownProperties(node: Readonly<Element>): Element['properties'] {
  if (node.tagName !== 'img' || !(astroImageMarker in node.properties)) return node.properties;
  const { className, [astroImageMarker]: marker } = node.properties;
  return className === undefined ? { [astroImageMarker]: marker } : { className, [astroImageMarker]: marker };
}

type HtmlTreeNode = HastNodes | MdxJsxFlowElementHast | MdxJsxTextElementHast | { type: 'mdxFlowExpression' | 'mdxTextExpression' };

/**
 * MDX's nodes of a plain body as HTML: an element written as JSX (plain attributes only: anything
 * else was compiled) becomes that element, a fragment its children, a comment nothing.
 */
function asHtml(node: HtmlTreeNode): ElementContent[] {
  switch (node.type) {
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const children = node.children.flatMap((child) => asHtml(child as HtmlTreeNode));
      if (node.name === null) return children;
      const attributes = Object.fromEntries(
        node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [[attribute.name, attribute.value ?? true]] : [])),
      );
      return [h(node.name, attributes as Record<string, string | true>, children)];
    }
    case 'element':
      return [{ ...node, properties: ownProperties(node), children: node.children.flatMap((child) => asHtml(child)) }];
    default:
      return [node as ElementContent];
  }
}

/** The render-as-it-loads path's last step: the finished tree written as HTML, into `data.html`. */
export const plainBodyHtml: HastPluginDefinition = {
  name: 'setlist-plain-body-html',
  after(root, context) {
    const tree: HastRoot = { type: 'root', children: root.children.flatMap((child) => asHtml(child)) };
    context.data.html = toHtml(tree);
  },
};

/**
 * GFM task-list boxes (`- [x] done`) record a status, not a form control: a drawn box with its state
 * in words for screen readers (`text`, the page's language's), instead of an unlabelled disabled <input>.
 */
export function taskBoxes(text: { taskDone: string; taskToDo: string }): HastPluginDefinition {
  return {
    name: 'setlist-task-boxes',
    element: {
      filter: ['input'],
      visit(node: Readonly<Element>) {
        if (node.properties.type !== 'checkbox') return undefined;
        const done = Boolean(node.properties.checked);
        return h('span', { class: done ? 'box box-done' : 'box' }, [h('span', { class: 'visually-hidden' }, `${done ? text.taskDone : text.taskToDo} `)]);
      },
    },
  };
}

/**
 * External links get rel="noopener noreferrer": a page opened from the site can neither script it
 * nor learn where the reader came from.
 */
export function externalLinks(isExternal: (href: string) => boolean): HastPluginDefinition {
  return {
    name: 'setlist-external-links',
    element: {
      filter: ['a'],
      visit(node: Readonly<Element>, context) {
        const { href } = node.properties;
        if (typeof href === 'string' && isExternal(href)) context.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
  };
}
