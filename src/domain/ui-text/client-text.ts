/**
 * The words client scripts write into a page, in the page's language (`<html lang>`): only this
 * part of each language's table is bundled into scripts.
 */
import { client as ar } from './ar/client.ts';
import { client as de } from './de/client.ts';
import { client as en } from './en/client.ts';
import { tableFor, type UiLanguage } from './language.ts';

export type ClientText = typeof en;

const clientTexts: Record<UiLanguage, ClientText> = { en, de, ar };

/** The client table for a BCP 47 tag (a page's `lang`), English when Setlist has none in that language. */
export function clientText(tag: string): ClientText {
  return tableFor(tag, clientTexts);
}
