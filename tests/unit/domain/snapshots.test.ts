import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  describeChange,
  describeSnapshot,
  historyJson,
  mergeHistories,
  readHistory,
  snapshotAverage,
  snapshotOfMine,
  snapshotOfTeam,
  trendChart,
} from '../../../src/domain/snapshots.ts';
import { teamSummary } from '../../../src/domain/team-view.ts';
import { client as text } from '../../../src/domain/ui-text/en/client.ts';
import { uiTexts } from '../../../src/domain/ui-text/index.ts';
import { filled, template } from '../../helpers/assessment-fixture.ts';

const september = snapshotOfMine(filled([2, 3, null]), template, new Date('2026-09-25T10:00:00Z'));
const october = snapshotOfTeam(
  teamSummary(
    [
      { name: 'A', assessment: filled([3, 3, 4]) },
      { name: 'B', assessment: filled([4, 2, 4]) },
      { name: 'C', assessment: filled([4, 3, 5]) },
    ],
    template,
  ),
  3,
  new Date('2026-10-25T10:00:00Z'),
);

describe('snapshots', () => {
  it("take one person's scores or the team's means, to one decimal", () => {
    expect(september).toMatchObject({ source: 'mine', scores: { 'shared-form': 2, 'contextual-handoff': 3, 'post-set-debrief': null } });
    expect(october).toMatchObject({ source: 'team', people: 3, scores: { 'shared-form': 3.7, 'contextual-handoff': 2.7, 'post-set-debrief': 4.3 } });
    expect(snapshotAverage(september, template)).toBe(2.5);
  });

  it('give the change per area in words and numbers', () => {
    const changes = changesBetween(september, october, template);
    expect(changes.map((change) => [change.title, change.direction, describeChange(change, 'en-GB', text)])).toEqual([
      ['Shared Form', 'up', 'up 1.7 (2.0 to 3.7)'],
      ['Contextual Handoff', 'down', 'down 0.3 (3.0 to 2.7)'],
      ['Post-Set Debrief', 'new', 'new (4.3)'],
    ]);
    expect(describeChange({ areaId: 'x', title: 'X', before: 3, after: 3, direction: 'same' }, 'en-GB', text)).toBe('same (3.0)');
    expect(describeChange(changes[0]!, 'de-DE', uiTexts.de.client)).toBe('gestiegen um 1,7 (2,0 auf 3,7)');
    expect(describeChange({ areaId: 'x', title: 'X', before: 3, after: null, direction: 'unscored' }, 'en-GB', text)).toBe('not scored');
  });

  it('are named by day and source', () => {
    expect(describeSnapshot(october, 'en-GB', text.snapshots)).toBe('25 October 2026, team of 3');
    expect(describeSnapshot(september, 'en-GB', text.snapshots)).toBe('25 September 2026, one person');
  });

  it('chart the average over time, oldest first, higher scores higher up', () => {
    const chart = trendChart([september, october], template, 'en-GB', text.snapshots);
    expect(chart.points.map((point) => point.label)).toEqual(['2.5', '3.6']);
    expect(chart.points[1]!.y).toBeLessThan(chart.points[0]!.y);
    expect(chart.description).toContain('25 September 2026, one person: 2.5');
  });
});

describe('history files', () => {
  it('round-trip, and merge without doubles, oldest first', () => {
    const read = readHistory(historyJson([october, september], template), template, text);
    expect(read).toEqual({ ok: true, snapshots: [october, september] });
    expect(mergeHistories([october], [september, october])).toEqual([september, october]);
  });

  it("refuse another scorecard's history, saying whose, and anything that is not a history", () => {
    const other = historyJson([september], { ...template, id: 'failure-mode-coverage' });
    expect(readHistory(other, template, text)).toEqual({
      ok: false,
      message: 'it is the history of "failure-mode-coverage" version 2, not "ensemble-reliability" version 2',
    });
    expect(readHistory('[1, 2', template, text)).toEqual({ ok: false, message: 'it is not valid JSON' });
    const outOfRange = historyJson([{ ...september, scores: { 'shared-form': 7 } }], template);
    expect(readHistory(outOfRange, template, text)).toMatchObject({ ok: false, message: expect.stringContaining('scores.shared-form') });
  });
});
