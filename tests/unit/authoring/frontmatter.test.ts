import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/authoring/frontmatter.ts';

describe('parseYaml', () => {
  it('keeps dates as written, quoted or not, for the schema to read (no Date rolled over from 2026-02-31)', () => {
    const { data } = parseYaml('published: 2026-02-31\nupdated: "2026-11-25"\nreviewed: 2026-11-25T10:30:00Z\nspaced: 2001-12-14 21:59:43.10 -5\n');
    expect(data).toEqual({ published: '2026-02-31', updated: '2026-11-25', reviewed: '2026-11-25T10:30:00Z', spaced: '2001-12-14 21:59:43.10 -5' });
  });

  it('reads what js-yaml reads and what the `yaml` library (the positions parse) reads alike', () => {
    const sample = 'a: 2026-11-25\nb: 2026-11-25T10:00:00Z\nc: "2026-02-31"\nd: 12\ne: 0o17\nf: true\ng: ~\nh: 1.5\ni: [x, 2026-01-01]\n';
    // js-yaml refuses a tag its core schema does not know; the text is then read by `yaml`.
    const byJsYaml = parseYaml(sample);
    const byYaml = parseYaml(`${sample}tagged: !!timestamp 2026-02-31\n`);
    expect(byJsYaml.data).toMatchObject({ a: '2026-11-25', d: 12, e: 15, f: true, g: null, h: 1.5, i: ['x', '2026-01-01'] });
    expect(byYaml.syntaxErrors).toEqual([]);
    expect(byYaml.data).toEqual({ ...(byJsYaml.data as object), tagged: '2026-02-31' });
  });

  it('gives the line of a date field', () => {
    const parsed = parseYaml('title: T\npublished: 2026-02-31\nupdated: "2026-13-01"\n');
    expect(parsed.lineOf(['published'])).toBe(2);
    expect(parsed.lineOf(['updated'])).toBe(3);
  });
});
