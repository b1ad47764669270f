/**
 * Ids and labels that several places must spell the same way: the markup that sets an id,
 * the links and checks that point at it, and the scripts that look it up.
 */

/** The main landmark, target of the "Skip to content" link. */
export const mainContentId = 'main';

/** A framework step on the article page, e.g. `#step-shared-form`. */
export const stepAnchor = (stepId: string): string => `step-${stepId}`;

/** The "Operator checks:" label of a step (the article names its list, the checklist page its block). */
export const stepChecksId = (stepId: string): string => `checks-${stepId}`;

/** "Step 2: Contextual Handoff", as the article, the printable checklist and its fit estimate show it. */
export const stepLabel = (index: number, title: string): string => `Step ${index + 1}: ${title}`;

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
