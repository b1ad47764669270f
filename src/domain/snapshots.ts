/**
 * Scores over time: dated snapshots of one person's scores or a team's means, the change per
 * area since the previous snapshot (in words and numbers, never colour alone) and the trend of
 * the average, kept per template version like the scores themselves.
 */
import { historySchema, type Assessment, type Snapshot } from '../schemas/assessment.ts';
import { entryFor, type TemplateForAssessment } from './assessment.ts';
import { readableDate } from './calendar-date.ts';
import { chartLayout } from './score-chart.ts';
import { formatPath } from './format-path.ts';
import type { AreaSummary } from './team-view.ts';
import type { ClientText } from './ui-text/client-text.ts';
import { oneDecimal } from './numbers.ts';

type SnapshotsText = ClientText['snapshots'];

const roundedToTenth = (value: number): number => Math.round(value * 10) / 10;

export function snapshotOfMine(assessment: Assessment, template: TemplateForAssessment, now = new Date()): Snapshot {
  return {
    savedAt: now.toISOString(),
    source: 'mine',
    scores: Object.fromEntries(template.areas.map((area) => [area.id, entryFor(assessment, area.id).score])),
  };
}

export function snapshotOfTeam(areas: readonly AreaSummary[], people: number, now = new Date()): Snapshot {
  return {
    savedAt: now.toISOString(),
    source: 'team',
    people,
    scores: Object.fromEntries(areas.map((area) => [area.areaId, area.mean === null ? null : roundedToTenth(area.mean)])),
  };
}

/** Mean of the scored areas of a snapshot, or null when none is scored. */
export function snapshotAverage(snapshot: Snapshot, template: TemplateForAssessment): number | null {
  const scores = template.areas.map((area) => snapshot.scores[area.id] ?? null).filter((score): score is number => score !== null);
  return scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
}

export interface AreaChange {
  areaId: string;
  title: string;
  before: number | null;
  after: number | null;
  direction: 'up' | 'down' | 'same' | 'new' | 'unscored';
}

/** Each area's change from one snapshot to the next. */
export function changesBetween(previous: Snapshot, latest: Snapshot, template: TemplateForAssessment): AreaChange[] {
  return template.areas.map((area) => {
    const before = previous.scores[area.id] ?? null;
    const after = latest.scores[area.id] ?? null;
    const direction = after === null ? 'unscored' : before === null ? 'new' : after > before ? 'up' : after < before ? 'down' : 'same';
    return { areaId: area.id, title: area.title, before, after, direction };
  });
}

/** "up 1.0 (2.0 to 3.0)", "same (3.0)", "down 0.5 (3.5 to 3.0)", "new (4.0)", "not scored". */
export function describeChange(change: AreaChange, language: string, text: ClientText): string {
  const { before, after } = change;
  if (after === null) return text.notScored;
  if (before === null) return text.snapshots.change.new(oneDecimal(after, language));
  if (after === before) return text.snapshots.change.same(oneDecimal(after, language));
  return text.snapshots.change[after > before ? 'up' : 'down'](
    oneDecimal(Math.abs(after - before), language),
    oneDecimal(before, language),
    oneDecimal(after, language),
  );
}

/** "25 November 2026, team of 3" or "25 November 2026, one person". */
export function describeSnapshot(snapshot: Snapshot, language: string, text: SnapshotsText): string {
  return `${readableDate(new Date(snapshot.savedAt), language)}, ${snapshot.source === 'team' ? text.teamOf(snapshot.people ?? 1) : text.onePerson}`;
}

/* ---------- trend chart ---------- */

export interface TrendChart {
  width: number;
  height: number;
  points: { x: number; y: number; label: string }[];
  description: string;
}

/** The average of each snapshot, oldest first, as points on a 1-5 scale. */
export function trendChart(snapshots: readonly Snapshot[], template: TemplateForAssessment, language: string, text: SnapshotsText): TrendChart {
  const { width, padding, maxScore } = chartLayout;
  const height = 160;
  const scored = snapshots
    .map((snapshot) => ({ snapshot, average: snapshotAverage(snapshot, template) }))
    .filter((entry): entry is { snapshot: Snapshot; average: number } => entry.average !== null);
  const step = scored.length > 1 ? (width - padding * 2 - 40) / (scored.length - 1) : 0;
  const y = (average: number) => padding + ((maxScore - average) / (maxScore - 1)) * (height - padding * 2);
  const points = scored.map(({ average }, index) => ({ x: padding + 20 + index * step, y: y(average), label: oneDecimal(average, language) }));
  const description = scored.length
    ? text.trend(scored.map(({ snapshot, average }) => `${describeSnapshot(snapshot, language, text)}: ${oneDecimal(average, language)}`))
    : text.noTrend;
  return { width, height, points, description };
}

/* ---------- storage, export and import ---------- */

export const historyStorageKey = (template: Pick<TemplateForAssessment, 'id' | 'version'>): string => `setlist:history:${template.id}:v${template.version}`;

export function historyJson(snapshots: readonly Snapshot[], template: TemplateForAssessment): string {
  return `${JSON.stringify({ format: 'setlist-scorecard-history', templateId: template.id, templateVersion: template.version, snapshots }, null, 2)}\n`;
}

export type HistoryRead = { ok: true; snapshots: Snapshot[] } | { ok: false; message: string };

/** Reads a history (stored or imported); a history of another template or version is refused, saying which. */
export function readHistory(json: string, template: TemplateForAssessment, text: ClientText): HistoryRead {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: text.scorecardRead.notJson };
  }
  const parsed = historySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: text.snapshots.notHistory(issue ? `${formatPath(issue.path)}: ${issue.message}` : text.scorecardRead.unknownShape) };
  }
  const history = parsed.data;
  if (history.templateId !== template.id || history.templateVersion !== template.version) {
    return { ok: false, message: text.snapshots.otherScorecard(history.templateId, history.templateVersion, template.id, template.version) };
  }
  const known = new Set(template.areas.map((area) => area.id));
  const unknown = history.snapshots.flatMap((snapshot) => Object.keys(snapshot.scores)).find((id) => !known.has(id));
  if (unknown) return { ok: false, message: text.snapshots.unknownArea(unknown) };
  return { ok: true, snapshots: history.snapshots };
}

/** Two histories as one, oldest first; a snapshot in both (same moment and source) is kept once. */
export function mergeHistories(kept: readonly Snapshot[], added: readonly Snapshot[]): Snapshot[] {
  const byMoment = new Map<string, Snapshot>();
  for (const snapshot of [...kept, ...added]) byMoment.set(`${snapshot.savedAt} ${snapshot.source}`, snapshot);
  return [...byMoment.values()].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}
