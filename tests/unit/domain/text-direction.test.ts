import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../src/domain/text-direction.ts';

describe('textDirection', () => {
  it('runs Arabic, Hebrew, Persian and Urdu from the right, and the rest from the left', () => {
    expect(['ar', 'ar-EG', 'he-IL', 'fa', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'en-GB', 'de-DE', 'ja', 'zh-Hant'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('reads a tag it cannot parse as left to right rather than failing the page', () => {
    expect(textDirection('not a tag!')).toBe('ltr');
  });
});
