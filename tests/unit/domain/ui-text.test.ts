import { describe, expect, it } from 'vitest';
import { clientText } from '../../../src/domain/ui-text/client-text.ts';
import { commonClientText } from '../../../src/domain/ui-text/common-client-text.ts';
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

  it('the client parts are the table’s own client section', () => {
    for (const language of uiLanguages) {
      expect(clientText(language)).toBe(uiTexts[language].client);
      const common = commonClientText(language);
      expect(Object.keys(common).length).toBeGreaterThan(0);
      for (const [topic, words] of Object.entries(common)) expect(uiTexts[language].client[topic as keyof typeof common]).toBe(words);
    }
  });

  it('reads a tag by its primary subtag and stands English in for a language it has no table for', () => {
    expect(uiLanguageOf('en-GB')).toBe('en');
    expect(uiLanguageOf('DE-ch')).toBe('de');
    expect(uiLanguageOf('fr')).toBeUndefined();
    expect(uiText('de-AT')).toBe(uiTexts.de);
    expect(uiText('fr')).toBe(uiTexts.en);
    expect(clientText('')).toBe(uiTexts.en.client);
  });

  it('counts one thing in the singular, in every language', () => {
    const one = uiLanguages.flatMap((language) => {
      const { client, site } = uiTexts[language];
      return [client.facilitation.hidden(1), client.snapshots.savedTeam(1), site.seriesIndex.partCount(1), site.series.lede(1), site.seriesBook.lede(1)];
    });
    expect(one.filter((text) => /\b1 (people|parts|playbooks|Personen|Teile|Playbooks)\b/.test(text))).toEqual([]);
    expect(uiTexts.en.client.facilitation.hidden(3)).toMatch(/^3 people scored/);
  });
});
