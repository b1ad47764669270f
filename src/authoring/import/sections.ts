/**
 * An export cut into its sections: the title and lede at the top, then each section under its
 * heading, recognised as one of the article's parts, a framework step, or narrative; and the
 * "Previous: … | All insights | Next: …" footer taken off the end.
 */
import type { ArticlePartTag } from '../../domain/anatomy.ts';
import { parseYaml, splitFrontmatter } from '../frontmatter.ts';
import { headingWords, markdownHeading, readsAsTitle, straightQuotes } from './export-text.ts';

export type ExportSection =
  | { kind: 'part'; tag: ArticlePartTag; heading: string; lines: string[]; frameworkName?: string }
  | { kind: 'step'; heading: string; number: number; title: string; lines: string[] }
  | { kind: 'narrative'; heading: string; lines: string[] };

export type PartSection = Extract<ExportSection, { kind: 'part' }>;
export type StepSection = Extract<ExportSection, { kind: 'step' }>;

/** What an export's own frontmatter (a Markdown export from a CMS) says, where it says it. */
interface ExportMeta {
  title?: string;
  description?: string;
  published?: string;
  tags?: string[];
}

export interface SplitExport {
  meta: ExportMeta;
  /** A `# Title` or a title line at the top. */
  title: string | undefined;
  /** Lines before the first section: the lede. */
  lede: string[];
  sections: ExportSection[];
  footer: { previous?: string; next?: string } | undefined;
}

/** Section titles of the parts, as exports write them (the anatomy's headings and common variants). */
const partHeadings: { tag: ArticlePartTag; pattern: RegExp }[] = [
  { tag: 'Tldr', pattern: /^(?:tl;? ?dr|tldr)$/i },
  { tag: 'Framework', pattern: /^(?:core )?framework(?:\s*[:\u2013\u2014-]\s*(?<name>.+))?$/i },
  { tag: 'Scorecard', pattern: /^(?:reusable |the )?scorecard$/i },
  { tag: 'Checklist', pattern: /^(?:practical |the )?checklist$/i },
  { tag: 'Objections', pattern: /^(?:common )?objections(?: (?:\+|and|&) (?:rebuttals|answers|responses))?$/i },
  { tag: 'Cadence', pattern: /^(?:operating )?cadence(?: (?:and|&|\+) metrics)?$/i },
  { tag: 'FailureSignals', pattern: /^(?:early )?failure signals(?: to watch(?: for)?)?$/i },
  { tag: 'LeadershipQuestions', pattern: /^leadership questions(?: for (?:the |a )?monthly review)?$/i },
  { tag: 'NinetyDays', pattern: /^what good looks like (?:after|at|by) (?:90|ninety) days$/i },
  { tag: 'Takeaways', pattern: /^(?:key )?takeaways$/i },
  { tag: 'Teaser', pattern: /^(?:linkedin )?teaser$/i },
  { tag: 'ClosingCta', pattern: /^(?:closing (?:cta|question)|call to action)$/i },
];

const stepHeading = /^step\s+(?<number>\d{1,2})\s*[:.)\u2013\u2014-]\s*(?<title>.{1,100})$/i;
// In Markdown a step may be a numbered sub-heading: "### 1. Shared Form".
const numberedSubheading = /^(?<number>\d{1,2})[.)]\s+(?<title>.{1,100})$/;

/** The section a heading line starts, if its words name a part or a step. */
function knownHeading(line: string): ExportSection | undefined {
  const words = headingWords(line);
  const matched = straightQuotes(words).replace(/:$/, '');
  const step = (stepHeading.exec(matched) ?? ((markdownHeading(line)?.depth ?? 0) >= 3 ? numberedSubheading.exec(matched) : null))?.groups;
  if (step && !/[.!?]$/.test(step.title!)) return { kind: 'step', heading: words, number: Number(step.number), title: step.title!.trim(), lines: [] };
  for (const { tag, pattern } of partHeadings) {
    const match = pattern.exec(matched);
    if (match)
      return { kind: 'part', tag, heading: words.replace(/:$/, ''), lines: [], ...(match.groups?.name ? { frameworkName: match.groups.name.trim() } : {}) };
  }
  return undefined;
}

// Labels that structure a part's inside and never start a section of their own.
const innerLabel = /^(?:operator checks|objection|rebuttal)\b/i;

const blank = (line: string | undefined) => line === undefined || !line.trim();

/** A line that is its own paragraph and reads as a title starts a narrative section, as a `#` or `##` heading does in Markdown. */
function narrativeHeading(lines: readonly string[], index: number, markdown: boolean): string | undefined {
  const line = lines[index]!;
  const heading = markdownHeading(line);
  if (markdown && heading) return heading.depth <= 2 ? headingWords(line) : undefined;
  const words = headingWords(line);
  if (!blank(lines[index - 1]) || !blank(lines[index + 1]) || innerLabel.test(words)) return undefined;
  return readsAsTitle(words) ? words : undefined;
}

// "… Previous: Five Failure Modes | All insights | Next: Policy-Gated AI", on its own line or
// after the last sentence; either neighbour may be missing.
const footerPattern =
  /(?:^|\s)(?:(?:\u2190\s*)?Previous\s*:\s*(?<previous>[^|]+?)\s*\|\s*)?All insights(?:\s*\|\s*Next\s*:\s*(?<next>[^|]+?)(?:\s*\u2192)?)?\s*$/i;

function takeFooter(lines: string[]): SplitExport['footer'] {
  const last = lines.findLastIndex((line) => line.trim());
  const match = last < 0 ? null : footerPattern.exec(lines[last]!);
  if (!match?.groups || (!match.groups.previous && !match.groups.next)) return undefined;
  lines[last] = lines[last]!.slice(0, match.index).trimEnd();
  return { ...(match.groups.previous ? { previous: match.groups.previous } : {}), ...(match.groups.next ? { next: match.groups.next } : {}) };
}

function metaOf(data: object): ExportMeta {
  const record = data as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const date = record.published ?? record.date;
  // parseYaml keeps a date as written: the day of a date-time is the one its writer saw.
  const published = /^\d{4}-\d{2}-\d{2}/.exec(text(date) ?? '')?.[0];
  const tags = Array.isArray(record.tags) ? record.tags.filter((tag) => typeof tag === 'string') : text(record.tags)?.split(',');
  const cleanTags = tags?.map((tag) => tag.trim()).filter(Boolean);
  return {
    ...(text(record.title) ? { title: text(record.title) } : {}),
    ...(text(record.description) ? { description: text(record.description) } : {}),
    ...(published ? { published } : {}),
    ...(cleanTags?.length ? { tags: cleanTags } : {}),
  };
}

/** Cuts an export (normalised text) into title, lede, sections and footer. */
export function splitExport(text: string): SplitExport {
  // A Markdown export's own frontmatter, when it is YAML that reads as fields; anything else stays text.
  const split = text.startsWith('---\n') ? splitFrontmatter(text) : undefined;
  const data: unknown = split?.yaml === undefined ? undefined : parseYaml(split.yaml).data;
  const hasFrontmatter = split !== undefined && data !== null && typeof data === 'object';
  const meta = hasFrontmatter ? metaOf(data) : {};
  const lines = (hasFrontmatter ? split.body : text).split('\n');
  // Markdown (with ATX headings) marks its sections itself; in plain text a title line does.
  const markdown = meta.title !== undefined || lines.some((line) => markdownHeading(line) !== undefined);
  const footer = takeFooter(lines);

  let title: string | undefined;
  const first = lines.findIndex((line) => line.trim());
  const firstHeading = first < 0 ? undefined : markdownHeading(lines[first]!);
  if (firstHeading?.depth === 1 || (first >= 0 && !markdown && !knownHeading(lines[first]!) && narrativeHeading(lines, first, false))) {
    title = headingWords(lines[first]!);
    lines[first] = '';
  }

  const lede: string[] = [];
  const sections: ExportSection[] = [];
  let inCode = false;
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    const known = inCode ? undefined : knownHeading(line);
    const narrative = inCode || known ? undefined : narrativeHeading(lines, index, markdown);
    if (known) sections.push(known);
    else if (narrative) sections.push({ kind: 'narrative', heading: narrative, lines: [] });
    else (sections.at(-1)?.lines ?? lede).push(line);
  });
  return { meta, title, lede, sections, footer };
}
