/**
 * Every word a reader sees on a built page, one typed table per language (`en/` is the reference:
 * the type comes from it, and every other language has every one of its keys). A page takes the
 * table of its language; a client script takes only the client part (`client-text.ts`), so
 * scripts carry no page text.
 */
import { ar } from './ar/index.ts';
import { de } from './de/index.ts';
import { en } from './en/index.ts';
import { tableFor, type UiLanguage } from './language.ts';

export type UiText = typeof en;

export const uiTexts: Record<UiLanguage, UiText> = { en, de, ar };

/** The table for a BCP 47 tag (the site's `language`), English when Setlist has none in that language. */
export function uiText(tag: string): UiText {
  return tableFor(tag, uiTexts);
}
