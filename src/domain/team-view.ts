/**
 * The team view of a scorecard: several people's results side by side, per area each score,
 * the mean and the spread, with a flag where people disagree. "Disagreement is the signal to
 * discuss": the areas come in the order a team should talk about them, widest disagreement
 * first, then the weakest.
 */
import type { Assessment } from '../schemas/assessment.ts';
import { entryFor, maxImportBytes, parseImport, readAssessment, type TemplateForAssessment } from './assessment.ts';
import type { ClientText } from './ui-text/client-text.ts';
import { oneDecimal } from './numbers.ts';

type TeamViewText = ClientText['teamView'];

/** A spread of this many points or more between two people's scores is flagged. */
export const disagreementPoints = 2;

export interface TeamMember {
  /** Optional for the people scoring: initials, a first name, or "Person N" by default. */
  name: string;
  assessment: Assessment;
}

export interface AreaSummary {
  areaId: string;
  title: string;
  /** Each member's score in member order, null where they did not score the area. */
  scores: (number | null)[];
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max - min over the people who scored the area. */
  spread: number | null;
  disagree: boolean;
}

export const defaultMemberName = (index: number, text: TeamViewText): string => text.person(index + 1);

/** The areas with their team figures, in the order to discuss them. */
export function teamSummary(members: readonly TeamMember[], template: TemplateForAssessment): AreaSummary[] {
  const areas = template.areas.map((area, order) => {
    const scores = members.map((member) => entryFor(member.assessment, area.id).score);
    const scored = scores.filter((score): score is number => score !== null);
    const min = scored.length ? Math.min(...scored) : null;
    const max = scored.length ? Math.max(...scored) : null;
    const spread = min === null || max === null ? null : max - min;
    const mean = scored.length ? scored.reduce((sum, score) => sum + score, 0) / scored.length : null;
    return {
      order,
      summary: { areaId: area.id, title: area.title, scores, mean, min, max, spread, disagree: spread !== null && spread >= disagreementPoints },
    };
  });
  return areas
    .sort((a, b) => (b.summary.spread ?? -1) - (a.summary.spread ?? -1) || (a.summary.mean ?? Infinity) - (b.summary.mean ?? Infinity) || a.order - b.order)
    .map(({ summary }) => summary);
}

/** "3.3", or a dash while nobody scored the area. */
export const formatMean = (mean: number | null, language: string): string => (mean === null ? '–' : oneDecimal(mean, language));

/** "2-5 (3 points)", "4 (all agree)", or a dash. */
export function formatSpread(area: Pick<AreaSummary, 'min' | 'max' | 'spread'>, text: TeamViewText): string {
  if (area.min === null || area.max === null || area.spread === null) return '–';
  if (area.spread === 0) return text.allAgree(area.min);
  return text.spread(area.min, area.max, area.spread);
}

export interface ImportedFile {
  name: string;
  size: number;
  text: string;
}

export type TeamImport = { ok: true; member: TeamMember } | { ok: false; message: string };

/**
 * One person's export read into the team: refused, with the file's name and the reason, when it
 * is too large, not JSON, or of another scorecard or version. The name is the file's, without
 * its `.json`, unless that is the export's default name.
 */
export function importMember(file: ImportedFile, template: TemplateForAssessment, index: number, text: ClientText): TeamImport {
  if (file.size > maxImportBytes) return { ok: false, message: text.teamView.tooLarge(file.name) };
  const result = parseImport(file.text, template, text.scorecardRead);
  if (!result.ok) return { ok: false, message: `${file.name}: ${result.message}` };
  const base = file.name.replace(/\.json$/i, '');
  const name = base === `${template.id}-scorecard` ? defaultMemberName(index, text.teamView) : base;
  return { ok: true, member: { name, assessment: result.assessment } };
}

/* ---------- kept in the browser ---------- */

/** The team of one template version, kept apart from the reader's own scores. */
export const teamStorageKey = (template: Pick<TemplateForAssessment, 'id' | 'version'>): string => `setlist:team:${template.id}:v${template.version}`;

const teamFormat = 'setlist-team';
const maxNameLength = 40;

export const cleanMemberName = (name: string, index: number, text: TeamViewText): string =>
  name.trim().slice(0, maxNameLength) || defaultMemberName(index, text);

export function writeTeam(members: readonly TeamMember[]): string {
  return JSON.stringify({ format: teamFormat, version: 1, members });
}

export type StoredTeam = { status: 'empty' } | { status: 'restored'; members: TeamMember[] } | { status: 'unreadable' };

/** The team saved in this browser; anything that is not exactly a team of this template is unreadable. */
export function readTeam(raw: string | null, template: TemplateForAssessment, text: ClientText): StoredTeam {
  if (raw === null) return { status: 'empty' };
  try {
    const parsed = JSON.parse(raw) as { format?: unknown; version?: unknown; members?: unknown };
    if (parsed.format !== teamFormat || parsed.version !== 1 || !Array.isArray(parsed.members)) return { status: 'unreadable' };
    const members: TeamMember[] = [];
    for (const [index, value] of (parsed.members as { name?: unknown; assessment?: unknown }[]).entries()) {
      const read = readAssessment(value.assessment, template, text.scorecardRead);
      if (!read.ok || typeof value.name !== 'string') return { status: 'unreadable' };
      members.push({ name: cleanMemberName(value.name, index, text.teamView), assessment: read.assessment });
    }
    return { status: 'restored', members };
  } catch {
    return { status: 'unreadable' };
  }
}
