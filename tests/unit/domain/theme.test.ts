import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { themeBeforePaintScript } from '../../../src/domain/theme-before-paint.ts';
import { themeAttribute, themeChoiceOf, themeStorageKey } from '../../../src/domain/theme.ts';

/** Runs the <head> script against a stand-in storage and <html>, returning the attribute it set. */
function runBeforePaint(stored: string | null | Error): string | undefined {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === themeStorageKey ? stored : null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  runInNewContext(themeBeforePaintScript, { localStorage, document });
  return attributes[themeAttribute];
}

describe('themeChoiceOf', () => {
  it('reads a pinned theme, and anything else as the system setting', () => {
    expect(themeChoiceOf('dark')).toBe('dark');
    expect(themeChoiceOf('light')).toBe('light');
    for (const stored of [null, '', 'system', 'Dark', 'sepia']) expect(themeChoiceOf(stored)).toBe('system');
  });
});

describe('themeBeforePaintScript', () => {
  it('sets a pinned theme on <html> and nothing for the system setting or a foreign value', () => {
    expect(runBeforePaint('dark')).toBe('dark');
    expect(runBeforePaint('light')).toBe('light');
    expect(runBeforePaint(null)).toBeUndefined();
    expect(runBeforePaint('"><script>')).toBeUndefined();
  });

  it('lets the page load when storage is refused', () => {
    expect(runBeforePaint(new Error('SecurityError'))).toBeUndefined();
  });
});
