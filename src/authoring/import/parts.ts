/**
 * What each part's section says, read into the part's fields: lists, steps with their
 * operator checks, objections with rebuttals, cadence rhythms, failure signals, the teaser's URL.
 * A reader returns only what the text holds; the caller fills the gaps with TODO notes.
 * Text a reader cannot place in a field is returned as `unplaced`, never dropped.
 */
import { blocksOf, textsOf, type Block } from './blocks.ts';
import { capitalised, endsSentence, headingWords, plainInline, sentencesOf, unquoted } from './export-text.ts';

export interface Read<T> {
  value: T;
  unplaced: string[];
}

/** A one-line field: every paragraph and item of the section, run together. */
export function proseOf(blocks: readonly Block[]): string {
  return textsOf(blocks.filter((block) => block.kind !== 'code'))
    .map(plainInline)
    .join(' ')
    .trim();
}

/** A list field: the section's list items, or, where the export lost its bullets, its paragraphs one an item. */
export function itemsOf(blocks: readonly Block[]): Read<string[]> {
  const lists = blocks.filter((block) => block.kind === 'list');
  if (!lists.length) {
    const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
    return { value: paragraphs.map((block) => plainInline(block.text)), unplaced: textsOf(blocks.filter((block) => block.kind !== 'paragraph')) };
  }
  return { value: lists.flatMap((list) => list.items.map(plainInline)), unplaced: textsOf(blocks.filter((block) => block.kind !== 'list')) };
}

export interface StepText {
  summary: string;
  operatorChecks: string[];
  /** The step has an "Operator checks:" label (its list may still be empty: the export lost it). */
  labelled: boolean;
}

// "Operator checks:" ending a line or a sentence's line, or "Operator checks: a check" on one line.
const operatorChecksLabel = /^(?<before>.*?)\s*\boperator checks\s*(?::\s*(?<after>.*)|$)/i;

/**
 * A step: its summary, then its operator checks after "Operator checks:", which exports write
 * on a line of their own, as a heading, or at the end of the summary's last sentence. With no
 * label, a list in the step is its checks.
 */
export function stepOf(lines: readonly string[]): Read<StepText> {
  const at = lines.findIndex((line) => operatorChecksLabel.test(headingWords(line)));
  if (at < 0) {
    const blocks = blocksOf(lines);
    const checks = blocks.filter((block) => block.kind === 'list').flatMap((list) => list.items.map(plainInline));
    return { value: { summary: proseOf(blocks.filter((block) => block.kind !== 'list')), operatorChecks: checks, labelled: false }, unplaced: [] };
  }
  const { before = '', after = '' } = operatorChecksLabel.exec(headingWords(lines[at]!))!.groups!;
  const summary = proseOf(blocksOf([...lines.slice(0, at), before]));
  const checks = itemsOf(blocksOf([after, ...lines.slice(at + 1)]));
  return { value: { summary, operatorChecks: checks.value, labelled: true }, unplaced: checks.unplaced };
}

export interface ObjectionText {
  objection: string;
  rebuttal: string;
}

const objectionLabel = /^objection\s*\d*\s*[:\u2013\u2014-]\s*(.+)$/i;
const rebuttalLabel = /^(?:rebuttal|response|answer)\s*[:\u2013\u2014-]\s*(.+)$/i;

/**
 * Objections: each `Objection: "…"` (or a sub-heading, or a question on its own line after a
 * rebuttal) starts one; the paragraphs after it, with or without `Rebuttal:`, answer it.
 */
export function objectionsOf(blocks: readonly Block[]): Read<ObjectionText[]> {
  const found: { objection: string; rebuttal: string[] }[] = [];
  const unplaced: string[] = [];
  for (const block of blocks) {
    for (const raw of textsOf([block])) {
      const text = plainInline(raw);
      const current = found.at(-1);
      const objection = objectionLabel.exec(text)?.[1];
      const rebuttal = rebuttalLabel.exec(text)?.[1];
      const asked = block.kind === 'heading' || (/\?["'\u201D\u2019]?$/.test(text) && (!current || current.rebuttal.length > 0));
      if (objection || (!rebuttal && asked)) found.push({ objection: unquoted(objection ?? text), rebuttal: [] });
      else if (current) current.rebuttal.push(rebuttal ?? text);
      else unplaced.push(raw);
    }
  }
  return { value: found.map((item) => ({ objection: item.objection, rebuttal: item.rebuttal.join(' ') })), unplaced };
}

export interface Rhythm {
  interval: string;
  ritual: string;
  /** Undefined when the export names no metric for it. */
  metric: string | undefined;
}

const interval = String.raw`(?:daily|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|half-yearly|semi-?annual(?:ly)?|annual(?:ly)?|yearly)`;
const notRitual = String.raw`(?!(?:and|or|to|the|a|an|is|are|by|for|in|of|on|at|with)\b)`;
// "weekly operational review, biweekly threshold tuning, … and quarterly architecture revalidation"
const rhythmInProse = new RegExp(
  String.raw`\b(${interval})\s+(${notRitual}\p{Ll}[\p{L}-]*(?:\s+(?!(?:and|or)\b)\p{Ll}[\p{L}-]*){0,3})(?=\s*(?:[,;.:)]|$|\s(?:and|or)\s))`,
  'giu',
);
// "Weekly: operational review (metric: actions past due)", "Weekly | Operational review | Actions past due"
const rhythmItem = new RegExp(String.raw`^(${interval}|every [^:,|\u2013\u2014]+?)\s*(?:[:|,\u2013\u2014-]\s*)?(.+)$`, 'iu');
const ritualAndMetric = /\s+[\u2013\u2014-]\s+|\s*\|\s*|\s*;\s*|\s*\(\s*|\s*,?\s*\bmetric\s*:\s*/i;

function rhythmFromItem(item: string): Rhythm | undefined {
  const match = rhythmItem.exec(plainInline(item).replace(/^\|\s*|\s*\|$/g, ''));
  if (!match) return undefined;
  const [ritual = '', ...metric] = match[2]!.split(ritualAndMetric).map((piece) => piece.replace(/^metric\s*:\s*|\)$/gi, '').trim());
  const metricText = metric.filter(Boolean).join('; ');
  return ritual ? { interval: capitalised(match[1]!), ritual: capitalised(ritual), metric: metricText ? capitalised(metricText) : undefined } : undefined;
}

/** Cadence: its prose is the summary; its rhythms come from a list or table, or from "weekly …, monthly …" in the prose. */
export function cadenceOf(blocks: readonly Block[]): { summary: string; rhythms: Rhythm[] } {
  const listed = blocks.flatMap((block) => (block.kind === 'list' ? block.items : block.kind === 'table' ? block.rows : []));
  const fromList = listed.flatMap((item) => rhythmFromItem(item) ?? []);
  const prose = blocks.filter((block) => block.kind === 'paragraph');
  const summary = proseOf(fromList.length ? prose : blocks);
  if (fromList.length) return { summary, rhythms: fromList };
  const seen = new Set<string>();
  const rhythms = [...summary.matchAll(rhythmInProse)]
    .map((match) => ({ interval: capitalised(match[1]!.toLowerCase()), ritual: capitalised(match[2]!), metric: undefined }))
    .filter((rhythm) => !seen.has(`${rhythm.interval} ${rhythm.ritual}`) && seen.add(`${rhythm.interval} ${rhythm.ritual}`));
  return { summary, rhythms };
}

export interface FailureSignalsText {
  intro: string;
  signals: string[];
  response: string;
}

const watchFor = /^(?<lead>(?:watch|look(?: out)?) for|signals include|warning signs include)\s*:?\s*(?<list>.*?)\.?$/i;

/** "a, b, and c" → ["a", "b", "c"], leaving commas inside brackets alone. */
function seriesItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ',' || char === ';') && depth === 0) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  const cleaned = items.map((item) => item.trim().replace(/^(?:and|or)\s+/i, '')).filter(Boolean);
  return cleaned.length === 1 ? cleaned[0]!.split(/\s+and\s+/) : cleaned;
}

const asSignal = (text: string) => capitalised(text.trim().replace(/[.;,]+$/, '')) + '.';

/**
 * Failure signals: with a list, the prose before it is the intro and the prose after it the
 * response; in prose, the "Watch for a, b, and c" sentence gives the signals, what comes
 * before it the intro, and what comes after it the response.
 */
export function failureSignalsOf(blocks: readonly Block[]): Partial<FailureSignalsText> & { signals: string[] } {
  const listAt = blocks.findIndex((block) => block.kind === 'list');
  if (listAt >= 0) {
    const list = blocks[listAt] as Extract<Block, { kind: 'list' }>;
    return {
      intro: proseOf(blocks.slice(0, listAt)) || undefined,
      signals: list.items.map(plainInline),
      response: proseOf(blocks.slice(listAt + 1)) || undefined,
    };
  }
  const sentences = sentencesOf(proseOf(blocks));
  const at = sentences.findIndex((sentence) => watchFor.test(sentence));
  if (at < 0) return { intro: sentences.join(' ') || undefined, signals: [] };
  const { lead = '', list = '' } = watchFor.exec(sentences[at]!)!.groups!;
  return {
    intro: [...sentences.slice(0, at), `${lead}:`].join(' '),
    signals: seriesItems(list).map(asSignal),
    response: sentences.slice(at + 1).join(' ') || undefined,
  };
}

const fullArticle = /\s*Full article\s*:\s*(?<url>https?:\/\/\S+?)[.,;)]?(?=\s|$)/i;

/** The teaser without its "Full article: <URL>" (Setlist adds the link), and that URL. */
export function teaserOf(blocks: readonly Block[]): { teaser: string; url: string | undefined } {
  const text = proseOf(blocks);
  const url = fullArticle.exec(text)?.groups?.url;
  return { teaser: text.replace(fullArticle, ' ').replace(/\s+/g, ' ').trim(), url };
}

/** A lede paragraph as the description (at most `limit` characters): whole, or its first sentence. */
export function descriptionOf(paragraph: string, limit: number): string | undefined {
  if (paragraph.length <= limit) return paragraph;
  const first = sentencesOf(paragraph)[0];
  return first && first.length <= limit && endsSentence(first) ? first : undefined;
}
