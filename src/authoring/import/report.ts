/** What `npm run import` tells the author once the draft is made: what it read, what it could not, what is theirs to write. */
import { placeholderMark } from '../scaffold.ts';
import type { ImportedDraft } from './index.ts';

export interface ImportReport {
  /** Sections read into their parts, with what was found. */
  recognised: string[];
  /** Sections kept as narrative in the body, in order. */
  narrative: string[];
  /** Parts the export has no section for (their fields are TODO notes). */
  missing: string[];
  /** Text that fits no field: left in the body as a comment before its part, for the author to place. */
  unplaced: { section: string; text: string }[];
  /** Fields left with a TODO note for the author, and the note. */
  todo: { field: string; note: string }[];
  notes: string[];
  /** Position changes that would put the article between the export's Previous and Next. */
  renumber: string[];
}

export interface ReportContext {
  /** Where the files go (or went). */
  files: { article: string; scorecard: string };
  /** The article's address on `npm run dev`. */
  previewUrl: string;
}

const listed = (items: readonly string[]) => (items.length ? items.join('; ') : 'none');

/** The report as lines for the terminal. */
export function importReportLines(draft: ImportedDraft, context: ReportContext): string[] {
  const { report } = draft;
  const lines = [
    `Article: ${context.files.article} ("${draft.title}", draft, position ${draft.position})`,
    `Scorecard template: ${context.files.scorecard} (id "${draft.slug}")`,
    `Recognised: ${listed(report.recognised)}`,
    `Kept as body sections, in order: ${listed(report.narrative)}`,
    `Not in the export: ${listed(report.missing)}`,
  ];
  if (report.unplaced.length) {
    lines.push(`Not placed in any field (left as a comment in the body, before its part): ${report.unplaced.length}`);
    lines.push(...report.unplaced.map((item) => `  ${item.section}: ${item.text}`));
  }
  lines.push(
    report.todo.length
      ? `Needs the author: ${report.todo.length} TODO notes (the draft is valid, but cannot be published until each is replaced):`
      : 'Needs the author: nothing marked TODO; read it through before publishing',
  );
  lines.push(...report.todo.map((item) => `  ${item.field}: ${item.note.replace(placeholderMark, '').trim()}`));
  if (report.notes.length) lines.push('Notes:', ...report.notes.map((note) => `  - ${note}`));
  if (report.renumber.length)
    lines.push('To put it between Previous and Next, change these positions (nothing was renumbered):', ...report.renumber.map((change) => `  ${change}`));
  lines.push(`Preview: npm run dev, then open ${context.previewUrl}`);
  return lines;
}
