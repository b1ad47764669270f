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

/** The checkbox the checklist script puts in place of a drawn box; its line is the `<label for>`. */
export const tickBoxId = (tickId: string): string => `tick-${tickId}`;

/** Events between the scorecard page's islands: a shared result taken as the reader's own, or added to the team view. */
export const scorecardEvents = { loadAsMine: 'setlist:load-as-mine', addToTeam: 'setlist:add-to-team' } as const;
