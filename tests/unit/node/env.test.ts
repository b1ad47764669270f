import { describe, expect, it } from 'vitest';
import { buildTime } from '../../../src/node/env.ts';

describe('the build time', () => {
  it('is SETLIST_BUILD_TIME when set (a day, or a moment with its zone), else now', () => {
    expect(buildTime({ SETLIST_BUILD_TIME: '2026-12-06' }).toISOString()).toBe('2026-12-06T00:00:00.000Z');
    expect(buildTime({ SETLIST_BUILD_TIME: '2026-12-06T09:00:00+09:00' }).toISOString()).toBe('2026-12-06T00:00:00.000Z');
    const before = Date.now();
    const now = buildTime({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('refuses what is not a date, saying what it expected', () => {
    expect(() => buildTime({ SETLIST_BUILD_TIME: 'next tuesday' })).toThrow('SETLIST_BUILD_TIME is not a date: "next tuesday" (expected e.g. 2026-11-23)');
  });
});
