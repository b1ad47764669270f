import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../../src/domain/near-miss.ts';
import { countWords, readingMinutes } from '../../../src/domain/reading-time.ts';
import { formatPath } from '../../../src/domain/format-path.ts';

describe('reading time', () => {
  it('counts words, including hyphenated and apostrophe words as one', () => {
    expect(countWords(['Post-set debrief isn’t optional.', 'Tier-1 services: 5'])).toBe(7);
  });
  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes(['one two'])).toBe(1);
    expect(readingMinutes([Array.from({ length: 1100 }, () => 'word').join(' ')])).toBe(5);
  });
});

describe('near-miss hints', () => {
  it('measures edit distance', () => {
    expect(editDistance('tittle', 'title')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
  it('suggests a close candidate and nothing for a far one', () => {
    expect(closestMatch('operatorCheck', ['operatorChecks', 'summary'])).toBe('operatorChecks');
    expect(closestMatch('banana', ['title', 'summary'])).toBeUndefined();
  });
});

describe('field paths', () => {
  it('formats nested paths the way authors read them', () => {
    expect(formatPath(['framework', 'steps', 2, 'operatorChecks'])).toBe('framework.steps[2].operatorChecks');
    expect(formatPath([])).toBe('(whole file)');
  });
});
