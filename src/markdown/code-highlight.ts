/**
 * Highlighted code in article bodies: Astro's Shiki with a light and a dark theme (the values of
 * Astro's `markdown.syntaxHighlight` and `markdown.shikiConfig`), and an HTML step that fits
 * Shiki's blocks to the site.
 *
 * Shiki colours every token with a `style` attribute, and the site's Content-Security-Policy
 * blocks style attributes (its `style-src` allows files and hashes, never 'unsafe-inline'): the
 * code would show in one colour. The step turns each style into classes named after the colour
 * (`cl-cf222e`: #cf222e in the light theme, `cd-ff7b72`: #ff7b72 in the dark one), which
 * src/styles/shared/code.css colours, and leaves no style attribute. It also wraps each block with a
 * bar naming the language, where the copy button goes (src/client/code-copy.ts), and names the
 * block, which scrolls sideways, for keyboard and screen-reader users.
 *
 * It is a step of the pipeline, not a Shiki transformer: bodies render on worker threads
 * (src/integration/body-render-pool.ts) that get Astro's Markdown options by structured clone,
 * and a transformer, a function, does not clone. The step is part of the renderer each thread
 * makes for itself, so `shikiConfig` stays plain data.
 */
import type { SatteriMarkdownProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element, ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import type { HastPluginDefinition } from 'satteri';
import { bundledLanguagesInfo } from 'shiki/langs';
import { codeHooks } from '../domain/page-ids.ts';

/** Astro's `markdown.syntaxHighlight`. */
export const syntaxHighlight = 'shiki' satisfies SatteriMarkdownProcessorOptions['syntaxHighlight'];

/**
 * Astro's `markdown.shikiConfig`. GitHub's themes, whose every token colour reads at 4.5:1 or
 * more on its block (checked in tests/unit/markdown/code-highlight.test.ts). No default colour:
 * Shiki gives both themes' colours as variables, which the step turns into classes; no
 * `wrap`, so Astro adds no overflow style of its own (code.css makes blocks scroll).
 */
export const shikiConfig = {
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
  defaultColor: false,
  wrap: null,
} satisfies SatteriMarkdownProcessorOptions['shikiConfig'];

type Variant = keyof typeof shikiConfig.themes;

/** The class that gives a token `colour` in one theme: `cl-cf222e`, `cd-ff7b72`. */
export function colourClass(variant: Variant, colour: string): string {
  return `c${variant[0]}-${colour.replace('#', '').toLowerCase()}`;
}

/**
 * Blocks of up to this many lines stay whole on paper: one that does not fit moves to the next
 * page, leaving at most this much blank. A longer block breaks where the page ends.
 */
const shortBlockLines = 15;

/** The languages' names, by every id and alias a fence may use: `ts` → TypeScript. */
const languageNames = new Map(bundledLanguagesInfo.flatMap((language) => [language.id, ...(language.aliases ?? [])].map((id) => [id, language.name])));

/** The name of a fence's language, or '' for plain text (also what Shiki did not know). */
function languageName(language: string): string {
  return languageNames.get(language.toLowerCase()) ?? '';
}

/**
 * The classes that stand for a Shiki style. Fonts come from the light theme: the two themes set
 * the same ones (the unit test checks). Background colours (the block's, which code.css gives,
 * and a token's, which only `ansi` output has) are left out.
 */
function styleClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if ((property === '--shiki-light' || property === '--shiki-dark') && /^#[0-9a-f]{3,8}$/.test(value)) {
      classes.push(colourClass(property === '--shiki-light' ? 'light' : 'dark', value));
    } else if (property === '--shiki-light-font-style' && value === 'italic') classes.push('code-italic');
    else if (property === '--shiki-light-font-weight' && value === 'bold') classes.push('code-bold');
    else if (property === '--shiki-light-text-decoration') {
      for (const line of value.split(/\s+/)) if (line === 'underline' || line === 'line-through') classes.push(`code-${line}`);
    }
    // Astro's `diff` blocks set the + and - of a line apart, so a copied selection leaves them out.
    else if (property === 'user-select' && value === 'none') classes.push('code-unselectable');
  }
  return classes;
}

/** An element's classes as a list, whether Shiki set them as `class` (a string) or hast's `className`. */
function classList(properties: Properties): string[] {
  const value = properties.className ?? properties.class;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** Every style below `node` (and its own) as classes. */
function stylesToClasses(node: Element): void {
  const { properties } = node;
  const classes = [...classList(properties), ...(typeof properties.style === 'string' ? styleClasses(properties.style) : [])];
  delete properties.style;
  delete properties.class;
  if (classes.length > 0) properties.className = classes;
  else delete properties.className;
  for (const child of node.children) if (child.type === 'element') stylesToClasses(child);
}

function lineCount(pre: Element): number {
  const code = pre.children.find((child) => child.type === 'element' && child.tagName === 'code');
  return code?.type === 'element' ? code.children.filter((child) => child.type === 'element').length : 0;
}

/** What names a code block to a screen reader, in the page's language. */
export interface CodeBlockText {
  code: string;
  codeIn: (language: string) => string;
}

/** One of Shiki's blocks as the site shows it: in a wrapper, below a bar that names its language. */
function codeBlock(pre: Element, text: CodeBlockText): Element {
  const name = languageName(String(pre.properties.dataLanguage ?? ''));
  stylesToClasses(pre);
  // Focusable, so a keyboard can scroll it, and a group, so it can carry the name a screen reader
  // says on focus. Shiki spells `tabindex` as the attribute, hast as `tabIndex`: both would be written.
  delete pre.properties.tabindex;
  Object.assign(pre.properties, { tabIndex: 0, role: 'group', ariaLabel: name ? text.codeIn(name) : text.code, [codeHooks.text]: '' });
  const caption: ElementContent[] = name ? [h('span.code-language', { ariaHidden: 'true' }, name)] : [];
  const classes = lineCount(pre) <= shortBlockLines ? ['code-block', 'code-short'] : ['code-block'];
  // The bar's words (the language, then the button's) are not the article's: search leaves them out.
  return h('div', { className: classes, [codeHooks.block]: name }, [h('div.code-bar', { [codeHooks.bar]: '', dataPagefindIgnore: '' }, caption), pre]);
}

/** Shiki's blocks, as Astro marks them; a `pre` Shiki left alone (an excluded language such as `math`) stays as it is. */
function isHighlighted(node: Readonly<Element>): boolean {
  return node.properties.dataLanguage !== undefined && classList(node.properties).includes('astro-code');
}

/** A tree as plain data, which the step may change: the visited node is the pipeline's, read-only. */
function ownCopy(node: Readonly<Element>): Element;
function ownCopy(node: Readonly<ElementContent>): ElementContent;
function ownCopy(node: Readonly<ElementContent>): ElementContent {
  if (node.type !== 'element') return { ...node };
  return { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: node.children.map((child) => ownCopy(child)) };
}

/** The HTML step: every highlighted block wrapped, named with `text` and without style attributes. Runs after Astro's Shiki. */
export function codeBlocks(text: CodeBlockText): HastPluginDefinition {
  return {
    name: 'setlist-code-blocks',
    element: {
      filter: ['pre'],
      visit: (node: Readonly<Element>) => (isHighlighted(node) ? codeBlock(ownCopy(node), text) : undefined),
    },
  };
}
