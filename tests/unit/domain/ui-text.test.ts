import { describe, expect, it } from 'vitest';
import { clientText } from '../../../src/domain/ui-text/client-text.ts';
import { uiText, uiTexts } from '../../../src/domain/ui-text/index.ts';
import { uiLanguageOf, uiLanguages } from '../../../src/domain/ui-text/language.ts';

/** Every entry of a table: its key path, and what it is (a text, or a function of so many arguments). */
function entries(table: object, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') found.set(at, 'text');
    else if (typeof value === 'function') found.set(at, `function of ${value.length}`);
    else if (value && typeof value === 'object') for (const [inner, kind] of entries(value as object, at)) found.set(inner, kind);
    else found.set(at, `unexpected ${typeof value}`);
  }
  return found;
}

describe("the reader's text", () => {
  const reference = entries(uiTexts.en);

  it.each(uiLanguages.filter((language) => language !== 'en'))('%s has every key English has, of the same kind, and no other', (language) => {
    expect(Object.fromEntries(entries(uiTexts[language]))).toEqual(Object.fromEntries(reference));
  });

  it.each(uiLanguages)('%s has no empty text', (language) => {
    const textAt = (path: string) => path.split('.').reduce<unknown>((table, key) => (table as Record<string, unknown>)[key], uiTexts[language]) as string;
    const empty = [...entries(uiTexts[language])].filter(([path, kind]) => kind === 'text' && !textAt(path).trim());
    expect(empty).toEqual([]);
  });

  it('the client part is the table’s own client section', () => {
    for (const language of uiLanguages) expect(clientText(language)).toBe(uiTexts[language].client);
  });

  it('reads a tag by its primary subtag and stands English in for a language it has no table for', () => {
    expect(uiLanguageOf('en-GB')).toBe('en');
    expect(uiLanguageOf('DE-ch')).toBe('de');
    expect(uiLanguageOf('fr')).toBeUndefined();
    expect(uiText('de-AT')).toBe(uiTexts.de);
    expect(uiText('fr')).toBe(uiTexts.en);
    expect(clientText('')).toBe(uiTexts.en.client);
  });
});
