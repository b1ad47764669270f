import { describe, expect, it } from 'vitest';
import { maxImportBytes, toJson } from '../../../src/domain/assessment.ts';
import { teamScoreChart } from '../../../src/domain/score-chart.ts';
import { formatMean, formatSpread, importMember, readTeam, teamSummary, writeTeam } from '../../../src/domain/team-view.ts';
import { client as text } from '../../../src/domain/ui-text/en/client.ts';
import { filled, template } from '../../helpers/assessment-fixture.ts';

const team = [
  { name: 'AB', assessment: filled([4, 2, 3]) },
  { name: 'CD', assessment: filled([4, 5, 2]) },
  { name: 'EF', assessment: filled([3, 4, null]) },
];

describe('team summary', () => {
  const areas = teamSummary(team, template);

  it('gives each area every score, the mean and the spread', () => {
    const handoff = areas.find((area) => area.areaId === 'contextual-handoff')!;
    expect(handoff).toMatchObject({ scores: [2, 5, 4], min: 2, max: 5, spread: 3, disagree: true });
    expect(handoff.mean).toBeCloseTo(11 / 3);
    const debrief = areas.find((area) => area.areaId === 'post-set-debrief')!;
    expect(debrief).toMatchObject({ scores: [3, 2, null], mean: 2.5, spread: 1, disagree: false });
  });

  it('puts the widest disagreement first, then the weakest area', () => {
    expect(areas.map((area) => area.areaId)).toEqual(['contextual-handoff', 'post-set-debrief', 'shared-form']);
  });

  it('flags a spread of two points, not one', () => {
    const two = teamSummary(
      [
        { name: 'A', assessment: filled([1, 3, 3]) },
        { name: 'B', assessment: filled([3, 4, 3]) },
      ],
      template,
    );
    expect(two.find((area) => area.areaId === 'shared-form')?.disagree).toBe(true);
    expect(two.find((area) => area.areaId === 'contextual-handoff')?.disagree).toBe(false);
  });

  it('writes means and spreads in words', () => {
    expect(formatMean(11 / 3, 'en-GB')).toBe('3.7');
    expect(formatMean(11 / 3, 'de')).toBe('3,7');
    expect(formatMean(null, 'en-GB')).toBe('–');
    expect(formatSpread({ min: 2, max: 5, spread: 3 }, text.teamView)).toBe('2-5 (3 points)');
    expect(formatSpread({ min: 4, max: 4, spread: 0 }, text.teamView)).toBe('4 (all agree)');
    expect(formatSpread({ min: null, max: null, spread: null }, text.teamView)).toBe('–');
  });

  it('charts the mean as a bar and the spread across it', () => {
    const chart = teamScoreChart(areas, 'en-GB');
    expect(chart.rows[0]).toMatchObject({ areaId: 'contextual-handoff', valueText: '3.7' });
    expect(chart.rows[0]!.minX).toBeLessThan(chart.rows[0]!.maxX);
    expect(text.charts.team(areas)).toContain('Contextual Handoff 3.7 (2 to 5)');
  });
});

describe('adding a person from their export', () => {
  const file = (name: string, text: string) => ({ name, size: text.length, text });

  it('names them after the file, or "Person N" for an export with its default name', () => {
    expect(importMember(file('alex.json', toJson(filled([1, 2, 3]))), template, 0, text)).toMatchObject({ ok: true, member: { name: 'alex' } });
    expect(importMember(file(`${template.id}-scorecard.json`, toJson(filled([1, 2, 3]))), template, 2, text)).toMatchObject({
      ok: true,
      member: { name: 'Person 3' },
    });
  });

  it('refuses another template, another version, bad JSON and huge files, naming the file', () => {
    const other = { ...filled([1, 2, 3]), templateId: 'failure-mode-coverage' };
    expect(importMember(file('sam.json', JSON.stringify(other)), template, 0, text)).toEqual({
      ok: false,
      message: 'sam.json: The file was not imported: it is for the scorecard "failure-mode-coverage", not "ensemble-reliability".',
    });
    const older = { ...filled([1, 2, 3]), templateVersion: 1 };
    expect(importMember(file('old.json', JSON.stringify(older)), template, 0, text)).toMatchObject({
      ok: false,
      message: expect.stringContaining('version 1'),
    });
    expect(importMember(file('notes.json', '{oops'), template, 0, text)).toMatchObject({
      ok: false,
      message: 'notes.json: The file was not imported: it is not valid JSON.',
    });
    expect(importMember({ name: 'video.json', size: maxImportBytes + 1, text: '' }, template, 0, text)).toMatchObject({
      ok: false,
      message: expect.stringContaining('larger than 1 MB'),
    });
  });
});

describe('the team kept in the browser', () => {
  it('round-trips, and anything else is unreadable', () => {
    expect(readTeam(writeTeam(team), template, text)).toEqual({ status: 'restored', members: team });
    expect(readTeam(null, template, text)).toEqual({ status: 'empty' });
    expect(readTeam('{"format":"setlist-team","version":1,"members":[{"name":"A","assessment":{}}]}', template, text)).toEqual({ status: 'unreadable' });
    expect(readTeam('not json', template, text)).toEqual({ status: 'unreadable' });
  });
});
