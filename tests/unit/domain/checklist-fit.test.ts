import { describe, expect, it } from 'vitest';
import { checklistFit } from '../../../src/domain/checklist-fit.ts';

const framework = (check: string) => ({
  name: 'F',
  intro: 'I',
  steps: Array.from({ length: 5 }, (_, index) => ({ id: `s${index}`, title: `Step ${index}`, summary: 'S', operatorChecks: [check, check, check, check] })),
});

describe('the printed checklist’s height', () => {
  it('wraps word by word: long compound words take more lines than short words of the same length', () => {
    const long = Array.from({ length: 4 }, () => 'Übergabeprotokollgabe').join(' ');
    const short = 'ab '.repeat(30).slice(0, long.length);
    expect(short.length).toBe(long.length);
    expect(checklistFit({ checklist: ['x'], framework: framework(long) }).estimatedHeightMm).toBeGreaterThan(
      checklistFit({ checklist: ['x'], framework: framework(short) }).estimatedHeightMm,
    );
  });
});
