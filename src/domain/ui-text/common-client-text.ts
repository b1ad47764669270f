/**
 * The words of the scripts on every article page and the search page, in the page's language
 * (`<html lang>`): these scripts bundle only this part of each table, not the scorecard tools'.
 */
import { commonClient as ar } from './ar/client-common.ts';
import { commonClient as de } from './de/client-common.ts';
import { commonClient as en } from './en/client-common.ts';
import { tableFor, type UiLanguage } from './language.ts';

export type CommonClientText = typeof en;

const commonClientTexts: Record<UiLanguage, CommonClientText> = { en, de, ar };

/** The common scripts' words for a BCP 47 tag (a page's `lang`), English when Setlist has none in that language. */
export function commonClientText(tag: string): CommonClientText {
  return tableFor(tag, commonClientTexts);
}
