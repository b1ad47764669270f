import { describe, expect, it } from 'vitest';
import { repeatedWarningsLine, ShownWarnings } from '../../../src/integration/shown-warnings.ts';

describe('the warnings a dev server save prints', () => {
  it('prints every warning of the first report, then only the new ones, counting those printed before', () => {
    const shown = new ShownWarnings();
    expect(shown.take(['a.mdx:4  warning: overdue', 'b.mdx:4  warning: overdue'])).toEqual({
      fresh: ['a.mdx:4  warning: overdue', 'b.mdx:4  warning: overdue'],
      repeated: 0,
    });
    expect(shown.take(['a.mdx:4  warning: overdue', 'b.mdx:4  warning: overdue', 'c.mdx:9  warning: no alt text'])).toEqual({
      fresh: ['c.mdx:9  warning: no alt text'],
      repeated: 2,
    });
  });

  it('prints a warning again once a report without it came between', () => {
    const shown = new ShownWarnings();
    shown.take(['a.mdx:4  warning: overdue']);
    expect(shown.take([])).toEqual({ fresh: [], repeated: 0 });
    expect(shown.take(['a.mdx:4  warning: overdue'])).toEqual({ fresh: ['a.mdx:4  warning: overdue'], repeated: 0 });
  });

  it('says how many were not printed again, and where to see them all', () => {
    expect(repeatedWarningsLine(1)).toBe('1 warning as before, not repeated (`npm run check` lists every one)');
    expect(repeatedWarningsLine(897)).toBe('897 warnings as before, not repeated (`npm run check` lists every one)');
  });
});
