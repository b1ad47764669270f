import { describe, expect, it } from 'vitest';
import { bookDate, runningHeadsStylesheet } from '../../../src/domain/series-book.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the date on the cover of a series book', () => {
  it('is the latest day a part was published or updated', () => {
    const parts = [{ data: { published: day('2026-09-29'), updated: day('2026-11-02') } }, { data: { published: day('2026-10-13'), updated: undefined } }];
    expect(bookDate(parts)).toEqual(day('2026-11-02'));
    expect(bookDate(parts.slice(1))).toEqual(day('2026-10-13'));
  });
  it('needs a part', () => {
    expect(() => bookDate([])).toThrow('a series book needs at least one part');
  });
});

describe('the running heads of a series book', () => {
  it('give each part a named page in print whose head is its title', () => {
    expect(runningHeadsStylesheet([{ id: 'part-jazz', title: 'Jazz and Reliable Systems' }])).toBe(
      [
        '@layer brand, base, page;',
        '',
        '@layer page {',
        '  @media print {',
        '    article:has(#part-jazz) {',
        '      page: part-jazz;',
        '    }',
        '  }',
        '',
        '  @page part-jazz {',
        '    @top-center {',
        '      content: "Jazz and Reliable Systems";',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });
  it('escape what a title or an id may hold that CSS would read otherwise', () => {
    const css = runningHeadsStylesheet([{ id: '5-modes', title: 'Say "no" \\ then }\n{ é' }]);
    expect(css).toContain('article:has(#\\35-modes) {\n      page: \\35-modes;');
    expect(css).toContain('content: "Say \\"no\\" \\\\ then }\\A{ \\E9";');
  });
});
