/**
 * The reader's theme choice: light, dark, or the system's setting. The choice is kept in
 * localStorage and shown as an attribute on <html>, which the brand stylesheet reads; the
 * switch in the header (src/client/theme-switch.ts) sets both, and a tiny script in <head>
 * (src/domain/theme-before-paint.ts) re-applies a kept choice before the page is first drawn.
 */

/** The choices, in the switch's order; their labels are the reader's text (`site.header.themes`). */
export const themeChoices = ['system', 'light', 'dark'] as const;

export type ThemeChoice = (typeof themeChoices)[number];

/** Set on <html> to `light` or `dark` when the reader chose one; absent for the system's setting. */
export const themeAttribute = 'data-theme';

export const themeStorageKey = 'setlist:theme';

/** The themes a reader can pin (the system setting is the absence of a pin). */
export const pinnedThemes: readonly ThemeChoice[] = ['light', 'dark'];

/** A stored value as a choice: anything else (nothing, an old or edited value) is the system setting. */
export function themeChoiceOf(stored: string | null): ThemeChoice {
  return pinnedThemes.find((theme) => theme === stored) ?? 'system';
}
