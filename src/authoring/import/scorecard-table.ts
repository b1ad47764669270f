/**
 * The scorecard's table as exports leave it: a Markdown or tab-separated table, or, copied
 * from a web page, each row's cells run together ("Shared Form1-5Defined owner … for shared
 * formOne measurable …"). Rows are found by the step titles they start with or the "1-5" of the
 * score column; the two prompts are parted where the second cell's capital meets the first.
 */
import { straightQuotes } from './export-text.ts';

export interface ScorecardRow {
  title: string;
  evidencePrompt: string;
  /** Undefined when the cells ran together with nothing to part them by. */
  nextMovePrompt: string | undefined;
}

export interface ScorecardSection {
  rows: ScorecardRow[];
  /** Lines that are not the table: how to use the scorecard. */
  prose: string[];
}

const matchable = (text: string) => straightQuotes(text).toLowerCase().replace(/\s+/g, ' ').trim();

/** The score column as rows write it: "1-5", "1–5", "3", "3/5", blank or a line to write on. */
const scoreCell = /^(?:[1-5](?:\s*[-\u2013/]\s*5)?|_*|\s*)$/;
const scoreInRow = /\s*1\s*[-\u2013]\s*5\s*/;
const headerRow = /current score|capability area|evidence today|next (?:upgrade )?move|^\|?\s*area\b/i;
const separatorRow = /^\|?[\s:|-]+\|?$/;

/** Cells of a row that says where its cells end (pipes or tabs), without the score column. */
function delimitedCells(line: string): string[] | undefined {
  if (!line.includes('|') && !line.includes('\t')) return undefined;
  const cells = line.includes('|')
    ? line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
    : line.split('\t');
  return cells.map((cell) => cell.trim()).filter((cell) => !scoreCell.test(cell));
}

/** Where a run-together row may part: a capital straight after a lower-case letter, digit or closing punctuation. */
function joints(text: string): { index: number; word: string }[] {
  const found: { index: number; word: string }[] = [];
  for (const match of text.matchAll(/(?<=[\p{Ll}\p{N}.,;:!?)\]'"\u201D\u2019])(\p{Lu}\p{L}*)/gu)) found.push({ index: match.index, word: match[1]! });
  return found;
}

/**
 * Parts each run-together pair of prompts. A row may have several joints ("DevOps", "iPhone");
 * the one whose first word starts the second prompt in most rows wins ("One measurable …").
 */
function partPrompts(rests: readonly string[]): [string, string | undefined][] {
  const candidates = rests.map(joints);
  const votes = new Map<string, number>();
  for (const words of candidates) for (const word of new Set(words.map((joint) => joint.word))) votes.set(word, (votes.get(word) ?? 0) + 1);
  return rests.map((rest, row) => {
    const best = candidates[row]!.reduce<{ index: number; word: string } | undefined>(
      (chosen, joint) => (!chosen || votes.get(joint.word)! > votes.get(chosen.word)! ? joint : chosen),
      undefined,
    );
    return best ? [rest.slice(0, best.index).trim(), rest.slice(best.index).trim()] : [rest.trim(), undefined];
  });
}

/** Reads the scorecard section's lines, knowing the step titles its rows start with. */
export function readScorecardSection(lines: readonly string[], stepTitles: readonly string[]): ScorecardSection {
  const titles = [...stepTitles].sort((a, b) => b.length - a.length);
  const prose: string[] = [];
  const delimited: ScorecardRow[] = [];
  const runTogether: { title: string; rest: string }[] = [];
  let tableStarted = false;
  for (const line of lines) {
    const text = line.trim();
    if (!text || separatorRow.test(text)) {
      if (!text) prose.push(line);
      continue;
    }
    const cells = delimitedCells(text);
    if (cells) {
      // A Markdown table's first row is its header, whatever it says.
      const isHeader = headerRow.test(text) || (text.startsWith('|') && !tableStarted);
      tableStarted = true;
      if (!isHeader && cells[0]) delimited.push({ title: cells[0], evidencePrompt: cells[1] ?? '', nextMovePrompt: cells[2] });
      continue;
    }
    const title = titles.find((candidate) => matchable(text).startsWith(matchable(candidate)));
    const score = scoreInRow.exec(text);
    if (title) runTogether.push({ title, rest: text.slice(title.length).replace(/^\s*(?:1\s*[-\u2013]\s*5|[1-5](?:\s*\/\s*5)?)?/, '') });
    else if (headerRow.test(text) && !/[.!?]$/.test(text)) continue;
    else if (score && score.index > 0 && score.index <= 80 && !/[.!?]/.test(text.slice(0, score.index)))
      runTogether.push({ title: text.slice(0, score.index).trim(), rest: text.slice(score.index + score[0].length) });
    else prose.push(line);
  }
  const parted = partPrompts(runTogether.map((row) => row.rest));
  const rows = [...delimited, ...runTogether.map((row, index) => ({ title: row.title, evidencePrompt: parted[index]![0], nextMovePrompt: parted[index]![1] }))];
  return { rows: rows.filter((row) => row.evidencePrompt), prose };
}

/** The row for a step, matched by title whatever its case, spacing or quotes. */
export function rowFor(rows: readonly ScorecardRow[], stepTitle: string): ScorecardRow | undefined {
  return rows.find((row) => matchable(row.title) === matchable(stepTitle));
}
