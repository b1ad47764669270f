import { describe, expect, it } from 'vitest';
import { readResultLink, resultLinkFragment, resultLinkPrefix } from '../../../src/domain/result-link.ts';
import { client as text } from '../../../src/domain/ui-text/en/client.ts';
import { filled, template } from '../../helpers/assessment-fixture.ts';

const now = new Date('2026-11-25T12:00:00Z');

describe('result links', () => {
  const assessment = filled([4, null, 2]);

  it('carry the scores only, unless the notes are asked for', () => {
    const link = resultLinkFragment(assessment, template, { withNotes: false });
    expect(link.startsWith(resultLinkPrefix)).toBe(true);
    const read = readResultLink(link, template, text, now);
    expect(read).toMatchObject({ ok: true, withNotes: false });
    if (!read.ok) return;
    expect(template.areas.map((area) => read.assessment.areas[area.id])).toEqual([
      { score: 4, evidence: '', nextMove: '' },
      { score: null, evidence: '', nextMove: '' },
      { score: 2, evidence: '', nextMove: '' },
    ]);
  });

  it('round-trip evidence and next moves, any characters included', () => {
    const noted = filled([5, 1, 3]);
    noted.areas['shared-form']!.evidence = 'Runbooks “owned” — 90 % <b>done</b> 🎷';
    const read = readResultLink(resultLinkFragment(noted, template, { withNotes: true }), template, text, now);
    expect(read).toMatchObject({ ok: true, withNotes: true });
    if (read.ok) expect(read.assessment.areas).toEqual(noted.areas);
  });

  it('are short enough to paste anywhere when they hold scores only', () => {
    expect(resultLinkFragment(assessment, template, { withNotes: false }).length).toBeLessThan(100);
  });

  it('refuse a link cut short, edited, with odd characters or for another scorecard', () => {
    const link = resultLinkFragment(assessment, template, { withNotes: false });
    const refused = (fragment: string) => {
      const read = readResultLink(fragment, template, text, now);
      return read.ok ? 'accepted' : read.message;
    };
    expect(refused(link.slice(0, -3))).toMatch(/incomplete or was changed/);
    expect(refused(link.replace(/.(\.[0-9a-z]+)$/, 'A$1'))).toMatch(/incomplete or was changed/);
    expect(refused(`${link}<script>`)).toMatch(/characters a Setlist link never has/);
    expect(refused(resultLinkFragment(assessment, { ...template, version: 1 }, { withNotes: false }))).toBe(
      'This result link is for the scorecard "ensemble-reliability" version 1, not "ensemble-reliability" version 2: open it on that scorecard\'s page.',
    );
    expect(refused(resultLinkFragment(assessment, { ...template, areas: template.areas.slice(0, 2) }, { withNotes: false }))).toMatch(
      /do not fit this scorecard's 3 areas/,
    );
  });
});
