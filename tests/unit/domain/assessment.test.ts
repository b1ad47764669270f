import { describe, expect, it } from 'vitest';
import { scoreChart } from '../../../src/domain/score-chart.ts';
import {
  averageScore,
  emptyAssessment,
  type AssessmentReadText,
  isOlderVersionKey,
  maturityLevel,
  parseImport,
  readStored,
  storageKey,
  toCsv,
  toJson,
  toMarkdownTable,
  weakestArea,
  readerScale,
} from '../../../src/domain/assessment.ts';
import { uiTexts } from '../../../src/domain/ui-text/index.ts';
import { defaultScale } from '../../../src/schemas/scorecard.ts';
import { filled, template } from '../../helpers/assessment-fixture.ts';

const columns = uiTexts.en.client.scorecardColumns;

const reasons: AssessmentReadText = uiTexts.en.client.scorecardRead;

describe('score maths', () => {
  it('averages only scored areas and names the weakest (first on ties)', () => {
    const assessment = filled([4, 2, 2]);
    expect(averageScore(assessment, template)).toBeCloseTo(8 / 3);
    expect(weakestArea(assessment, template)?.id).toBe('contextual-handoff');
    expect(averageScore(filled([null, 5, null]), template)).toBe(5);
  });
  it('has no average, weakest area or level while nothing is scored', () => {
    const assessment = emptyAssessment(template);
    expect(averageScore(assessment, template)).toBeNull();
    expect(weakestArea(assessment, template)).toBeNull();
    expect(maturityLevel(null, defaultScale)).toBeNull();
  });
  it('maps an average to a maturity level, rounding half up', () => {
    expect(maturityLevel(2.5, defaultScale)?.label).toBe('Defined');
    expect(maturityLevel(2.49, defaultScale)?.label).toBe('Ad hoc');
    expect(maturityLevel(5, defaultScale)?.score).toBe(5);
  });
});

describe('exports', () => {
  it('writes the seed-shaped Markdown table, escaping pipes and line breaks', () => {
    expect(
      toMarkdownTable(filled([3, null, 1]), template, columns)
        .split('\n')
        .slice(0, 4),
    ).toEqual([
      '| Capability area | Current score (1-5) | Evidence today | Next upgrade move |',
      '| --- | --- | --- | --- |',
      '| Shared Form | 3 | Evidence, "quoted" \\| piped<br>line two | Move |',
      '| Contextual Handoff |  | Evidence, "quoted" \\| piped<br>line two | Move |',
    ]);
  });
  it('writes RFC 4180 CSV with quoted fields and CRLF', () => {
    const csv = toCsv(filled([3, 4, 5]), template, columns);
    expect(csv.startsWith('"Capability area","Current score (1-5)","Evidence today","Next upgrade move"\r\n')).toBe(true);
    expect(csv).toContain('"Shared Form","3","Evidence, ""quoted"" | piped\nline two","Move"\r\n');
  });
  it('round-trips through JSON export and import', () => {
    const assessment = filled([1, 2, 3]);
    const result = parseImport(toJson(assessment), template, reasons);
    expect(result).toEqual({ ok: true, assessment });
  });
});

describe('import refuses bad files with a reason', () => {
  it.each([
    ['not json', 'The file was not imported: it is not valid JSON.'],
    ['{"hello": 1}', 'The file was not imported: it is not a Setlist scorecard export'],
    [JSON.stringify({ ...filled([1, 1, 1]), templateId: 'other-card' }), 'it is for the scorecard "other-card", not "ensemble-reliability"'],
    [JSON.stringify({ ...filled([1, 1, 1]), templateVersion: 1 }), 'made with version 1 of this scorecard; this page uses version 2'],
    [JSON.stringify({ ...filled([1, 1, 1]), areas: { 'shared-form': { score: 9, evidence: '', nextMove: '' } } }), 'areas.shared-form.score'],
    [JSON.stringify({ ...filled([1, 1, 1]), areas: { unknown: { score: 1, evidence: '', nextMove: '' } } }), 'areas this scorecard does not have: unknown'],
  ])('%s', (text, message) => {
    const result = parseImport(text, template, reasons);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
  it('fills in areas a valid file leaves out', () => {
    const partial = { ...filled([4, 4, 4]), areas: { 'shared-form': { score: 4, evidence: 'x', nextMove: 'y' } } };
    const result = parseImport(JSON.stringify(partial), template, reasons);
    expect(result.ok && result.assessment.areas['post-set-debrief']).toEqual({ score: null, evidence: '', nextMove: '' });
  });
});

describe('browser storage', () => {
  it('keys entries by template id and version, and recognises older versions', () => {
    expect(storageKey(template)).toBe('setlist:scorecard:ensemble-reliability:v2');
    expect(isOlderVersionKey('setlist:scorecard:ensemble-reliability:v1', template)).toBe(true);
    expect(isOlderVersionKey('setlist:scorecard:ensemble-reliability:v2', template)).toBe(false);
    expect(isOlderVersionKey('setlist:scorecard:other:v1', template)).toBe(false);
  });
  it('restores what was saved, and reports empty and corrupt storage without throwing', () => {
    const assessment = filled([2, 3, 4]);
    expect(readStored(toJson(assessment), template, reasons)).toEqual({ status: 'restored', assessment });
    expect(readStored(null, template, reasons)).toEqual({ status: 'empty' });
    expect(readStored('{broken', template, reasons)).toEqual({
      status: 'corrupt',
      message: 'The saved scorecard in this browser is damaged and cannot be read.',
    });
    expect(readStored('{"format":"setlist-scorecard"}', template, reasons).status).toBe('corrupt');
  });
});

describe('chart', () => {
  it('draws a bar per area proportional to its score, and describes it in words', () => {
    const chart = scoreChart(filled([5, null, 1]), template);
    expect(chart.bars.map((bar) => bar.valueText)).toEqual(['5/5', '–', '1/5']);
    expect(chart.bars[0]!.barWidth).toBeCloseTo(chart.plotWidth);
    expect(chart.bars[1]!.barWidth).toBe(0);
    expect(chart.bars[2]!.barWidth).toBeCloseTo(chart.plotWidth / 5);
    expect(uiTexts.en.client.charts.scores(chart.bars)).toBe('Scores out of 5: Shared Form 5; Contextual Handoff not scored; Post-Set Debrief 1.');
  });
});

describe('readerScale', () => {
  it("shows Setlist's default scale in the page's language, and a template's own scale as written", () => {
    const own = defaultScale.map((level) => ({ ...level, label: `${level.label}!` }));
    expect(readerScale(defaultScale, uiTexts.en.tools.defaultScale, uiTexts.de.tools.defaultScale)[0]!.label).toBe('Fehlt');
    expect(readerScale(own, uiTexts.en.tools.defaultScale, uiTexts.de.tools.defaultScale)).toBe(own);
  });
});
