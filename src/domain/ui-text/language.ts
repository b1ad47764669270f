/**
 * The languages Setlist's reader text is written in, and which of them a BCP 47 tag asks for: the
 * primary subtag decides (`en-GB` reads the English table, `de-CH` the German one).
 */
export const uiLanguages = ['en', 'de', 'ar'] as const;

export type UiLanguage = (typeof uiLanguages)[number];

/** The table that stands in when Setlist has none in a page's language. */
const defaultUiLanguage: UiLanguage = 'en';

/** The table's language for a BCP 47 tag, or undefined when Setlist has no table in it. */
export function uiLanguageOf(tag: string): UiLanguage | undefined {
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase();
  return uiLanguages.find((language) => language === primary);
}

/** The one of `tables` a BCP 47 tag reads: its language's, or English's when Setlist has none in it. */
export function tableFor<Table>(tag: string, tables: Readonly<Record<UiLanguage, Table>>): Table {
  return tables[uiLanguageOf(tag) ?? defaultUiLanguage];
}
