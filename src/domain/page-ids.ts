/**
 * Ids, labels and `data-*` hooks that several places must spell the same way: the markup that
 * sets an id or a hook, the links and checks that point at it, and the scripts (src/client/)
 * that look it up. The scorecard page's many hooks are in scorecard-hooks.ts.
 */

/** The main landmark, target of the "Skip to content" link. */
export const mainContentId = 'main';

/** The CSS custom property that names the text face (Astro's Fonts API sets it; src/styles/base.css reads it). */
export const bodyFontVariable = '--font-body';

/** The same for the carousel's slides (src/styles/carousel.css). */
export const slideFontVariable = '--font-slides';

/** A framework step on the article page, e.g. `#step-shared-form`. */
export const stepAnchor = (stepId: string): string => `step-${stepId}`;

/** The "Operator checks:" label of a step (the article names its list, the checklist page its block). */
export const stepChecksId = (stepId: string): string => `checks-${stepId}`;

/**
 * An article's title in the series book, the one page that holds every part of a series: where
 * the book's contents send a reader, and what names the article there. The article's own ids
 * (parts, steps, headings) follow it as `part-<slug>--<id>`: a slug never contains `--`, so two
 * articles' ids cannot meet, nor meet the page's own (none starts `part-`).
 */
export const bookArticleId = (slug: string): string => `part-${slug}`;

/** One of an article's own ids as the series book spells it, e.g. `part-five-failure-modes--framework`. */
export const bookScopedId = (slug: string, id: string): string => `${bookArticleId(slug)}--${id}`;

/** The checkbox the checklist script puts in place of a drawn box; its line is the `<label for>`. */
export const tickBoxId = (tickId: string): string => `tick-${tickId}`;

/** Events between the scorecard page's islands: a shared result taken as the reader's own, or added to the team view. */
export const scorecardEvents = { loadAsMine: 'setlist:load-as-mine', addToTeam: 'setlist:add-to-team' } as const;

/** The header's theme switch (hidden until its script shows it) and its select. */
export const themeSwitchIds = { wrapper: 'theme-switch', select: 'theme-select' } as const;

/** The article's table of contents; its script marks the link of the section in view. */
export const tocId = 'toc';

/**
 * A hook: an attribute that marks an element for a script. The markup spreads `hookAttribute(…)`,
 * the script selects with `selector(…)`. Attributes only one side uses (Pagefind's
 * `data-pagefind-*`, the worksheet's `data-area`) are not hooks.
 */
export type Hook = `data-${string}`;

/** The attribute to spread onto an element: `<p {...hookAttribute(tickHooks.status)}>` renders `<p data-tick-status>`. */
export const hookAttribute = (hook: Hook, value = ''): Record<Hook, string> => ({ [hook]: value });

/** The CSS selector of the elements carrying `hook`, or only of those whose hook is `value` (a name, taken as it stands). */
export const selector = (hook: Hook, value?: string): string => (value === undefined ? `[${hook}]` : `[${hook}="${value}"]`);

/** The actions a group of buttons names in its hook, which key the handlers of its script. */
export type ActionName<Actions extends Record<string, string>> = Actions[keyof Actions];

/** Tickable checklists (client/checklist-ticks.ts). */
export const tickHooks = {
  /** The checklist, its value the key its ticks are stored under. */
  checklist: 'data-ticks',
  /** A drawn box, its value the tick's id. */
  box: 'data-tick',
  tools: 'data-tick-tools',
  action: 'data-tick-action',
  progress: 'data-tick-progress',
  status: 'data-tick-status',
} as const satisfies Record<string, Hook>;

/** The values of `tickHooks.action`: what each of the tools' buttons does. */
export const tickActions = { clear: 'clear', printTicked: 'print-ticked', printBlank: 'print-blank' } as const;

/** The LinkedIn teaser's "Copy teaser" (client/share.ts). */
export const shareHooks = {
  /** The teaser's box, where it is shared (not in the series book). */
  teaser: 'data-share',
  /** The post to copy: the teaser and the article's URL. */
  post: 'data-post',
  text: 'data-teaser-text',
  copy: 'data-copy',
  status: 'data-copy-status',
} as const satisfies Record<string, Hook>;

/** The search boxes "/" focuses: the header's and the search page's (client/search-shortcut.ts). */
export const searchInputHook = 'data-search-input' satisfies Hook;

/**
 * Highlighted code in article bodies: the blocks the Markdown pipeline makes
 * (src/markdown/code-highlight.ts) and the copy button their script adds (client/code-copy.ts).
 */
export const codeHooks = {
  /** A code block, its value the language's name (empty for plain text). */
  block: 'data-code-block',
  /** The block's bar above the code, where the script puts the button and its status. */
  bar: 'data-code-bar',
  /** The `<pre>`, whose text the button copies. */
  text: 'data-code-text',
} as const satisfies Record<string, Hook>;
