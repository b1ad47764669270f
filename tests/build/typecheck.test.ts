import { describe, expect, it } from 'vitest';
import { runNpm } from '../helpers/run.ts';

describe('TypeScript', () => {
  it('type-checks the whole project (strict, .astro files included) with no errors or warnings', () => {
    const result = runNpm(['check:types']);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/- 0 errors\s+- 0 warnings/);
  });
});
