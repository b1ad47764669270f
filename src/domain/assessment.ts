import { assessmentSchema, type AreaEntry, type Assessment } from '../schemas/assessment.ts';
import type { ScoreLevel, ScorecardArea, ScorecardTemplate } from '../schemas/scorecard.ts';
import { formatPath } from './format-path.ts';

/** What the self-assessment needs of a template: its identity, scale and areas. */
export type TemplateForAssessment = Pick<ScorecardTemplate, 'version' | 'scale' | 'areas'> & { id: string };

const emptyEntry = (): AreaEntry => ({ score: null, evidence: '', nextMove: '' });

export function emptyAssessment(template: TemplateForAssessment, now = new Date()): Assessment {
  return {
    format: 'setlist-scorecard',
    templateId: template.id,
    templateVersion: template.version,
    areas: Object.fromEntries(template.areas.map((area) => [area.id, emptyEntry()])),
    savedAt: now.toISOString(),
  };
}

export function entryFor(assessment: Assessment, areaId: string): AreaEntry {
  return assessment.areas[areaId] ?? emptyEntry();
}

/** Mean of the scored areas, or null while nothing is scored. */
export function averageScore(assessment: Assessment, template: TemplateForAssessment): number | null {
  const scores = template.areas.map((area) => entryFor(assessment, area.id).score).filter((score): score is number => score !== null);
  if (scores.length === 0) return null;
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

/** The lowest-scored area, the first move; ties go to the earlier area (earlier step). */
export function weakestArea(assessment: Assessment, template: TemplateForAssessment): ScorecardArea | null {
  let weakest: { area: ScorecardArea; score: number } | null = null;
  for (const area of template.areas) {
    const { score } = entryFor(assessment, area.id);
    if (score !== null && (weakest === null || score < weakest.score)) weakest = { area, score };
  }
  return weakest?.area ?? null;
}

/** The scale level an average falls in (rounded half up), e.g. 3.4 → level 3. */
export function maturityLevel(average: number | null, scale: readonly ScoreLevel[]): ScoreLevel | null {
  if (average === null) return null;
  const rounded = Math.min(5, Math.max(1, Math.floor(average + 0.5)));
  return scale.find((level) => level.score === rounded) ?? null;
}

/* ---------- exports ---------- */

/** The scorecard's column heads in the reader's language, as the article's table, the worksheet and the exports head them. */
export type ScorecardColumns = Record<'area' | 'score' | 'evidence' | 'nextMove', string>;

/** The form fields of one area, named the same in the worksheet's markup and the script that reads it. */
export const areaFieldNames = (areaId: string) => ({ score: `score-${areaId}`, evidence: `evidence-${areaId}`, nextMove: `next-${areaId}` }) as const;

const headers = (columns: ScorecardColumns): string[] => [columns.area, columns.score, columns.evidence, columns.nextMove];

function rows(assessment: Assessment, template: TemplateForAssessment): string[][] {
  return template.areas.map((area) => {
    const entry = entryFor(assessment, area.id);
    return [area.title, entry.score === null ? '' : String(entry.score), entry.evidence, entry.nextMove];
  });
}

const markdownCell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/** The seed's scorecard table, filled in, as GitHub-flavoured Markdown. */
export function toMarkdownTable(assessment: Assessment, template: TemplateForAssessment, columns: ScorecardColumns): string {
  const head = headers(columns);
  const lines = [head, head.map(() => '---'), ...rows(assessment, template)].map((cells) => `| ${cells.map(markdownCell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

const csvField = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** RFC 4180 CSV (every field quoted, CRLF line ends), so spreadsheets keep commas and line breaks. */
export function toCsv(assessment: Assessment, template: TemplateForAssessment, columns: ScorecardColumns): string {
  return `${[headers(columns), ...rows(assessment, template)].map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function toJson(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}

/* ---------- import and storage ---------- */

/** Files larger than this are refused unread: an export or a history is a few kilobytes. */
export const maxImportBytes = 1024 * 1024;

export type ReadResult = { ok: true; assessment: Assessment } | { ok: false; message: string };

/**
 * Why an export or the browser's saved scorecard is refused, in the reader's language: scripts
 * show these, so the client part of the table holds them. The reasons (`notJson` to
 * `unknownAreas`) complete `notImported` and `storedUnusable`, and the sentences of other modules.
 */
export interface AssessmentReadText {
  notJson: string;
  /** `problem`: where the shape is wrong and how (the validator's own words), or `unknownShape`. */
  notAnExport: (problem: string) => string;
  unknownShape: string;
  otherScorecard: (id: string, expectedId: string) => string;
  otherVersion: (version: number, expectedVersion: number) => string;
  unknownAreas: (ids: readonly string[]) => string;
  notImported: (reason: string) => string;
  storedDamaged: string;
  storedUnusable: (reason: string) => string;
}

/** Checks that a parsed value is an assessment of exactly this template version. */
export function readAssessment(value: unknown, template: TemplateForAssessment, text: AssessmentReadText): ReadResult {
  const parsed = assessmentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: text.notAnExport(issue ? `${formatPath(issue.path)}: ${issue.message}` : text.unknownShape) };
  }
  const assessment = parsed.data;
  if (assessment.templateId !== template.id) return { ok: false, message: text.otherScorecard(assessment.templateId, template.id) };
  if (assessment.templateVersion !== template.version) return { ok: false, message: text.otherVersion(assessment.templateVersion, template.version) };
  const unknown = Object.keys(assessment.areas).filter((id) => !template.areas.some((area) => area.id === id));
  if (unknown.length) return { ok: false, message: text.unknownAreas(unknown) };
  // Areas the file leaves out start empty, so every area of the template has an entry.
  return { ok: true, assessment: { ...assessment, areas: { ...emptyAssessment(template).areas, ...assessment.areas } } };
}

/** Reads an imported JSON file; a bad file is refused with a reason and changes nothing. */
export function parseImport(json: string, template: TemplateForAssessment, text: AssessmentReadText): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: text.notImported(text.notJson) };
  }
  const result = readAssessment(value, template, text);
  return result.ok ? result : { ok: false, message: text.notImported(result.message) };
}

/** Storage is per template and version, so a new version never reads an old shape. */
export function storageKey(template: Pick<TemplateForAssessment, 'id' | 'version'>): string {
  return `setlist:scorecard:${template.id}:v${template.version}`;
}

/** Keys of earlier versions of the same template, whose entries this version cannot read. */
export function isOlderVersionKey(key: string, template: Pick<TemplateForAssessment, 'id' | 'version'>): boolean {
  const match = /^setlist:scorecard:(.+):v(\d+)$/.exec(key);
  return match !== null && match[1] === template.id && Number(match[2]) < template.version;
}

export type StoredState = { status: 'empty' } | { status: 'restored'; assessment: Assessment } | { status: 'corrupt'; message: string };

/** Reads what the browser saved; anything unreadable is reported, never thrown. */
export function readStored(raw: string | null, template: TemplateForAssessment, text: AssessmentReadText): StoredState {
  if (raw === null) return { status: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', message: text.storedDamaged };
  }
  const result = readAssessment(value, template, text);
  return result.ok ? { status: 'restored', assessment: result.assessment } : { status: 'corrupt', message: text.storedUnusable(result.message) };
}

/**
 * A template's scale as a page shows it: a template that defines none has Setlist's default scale,
 * which is written in English in the content and shown in the page's language (`languageDefault`).
 */
export function readerScale(scale: ScoreLevel[], englishDefault: readonly ScoreLevel[], languageDefault: ScoreLevel[]): ScoreLevel[] {
  return JSON.stringify(scale) === JSON.stringify(englishDefault) ? languageDefault : scale;
}
