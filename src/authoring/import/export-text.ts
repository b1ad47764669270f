/**
 * The text of an exported article, line by line: what a line is (a list item, a heading's
 * words), quotes and inline Markdown as exports write them, and how text goes back into MDX.
 */

/** One kind of newline, no byte-order mark or zero-width characters, no-break spaces as spaces. */
export function normaliseExport(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}

/** Characters no text export has: control characters other than tab, newline and form feed, and undecodable bytes. */
function isUnreadable(code: number): boolean {
  return code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d);
}

/** Why a file's text cannot be an article export (empty, binary), or undefined when it may be one. */
export function notReadableText(text: string): string | undefined {
  if (!text.trim()) return 'it is empty';
  if (text.includes('\u0000')) return 'it is a binary file (it contains NUL bytes), not text';
  let unreadable = 0;
  for (let index = 0; index < text.length; index++) if (isUnreadable(text.charCodeAt(index))) unreadable++;
  if (unreadable > text.length / 100) return `it is not UTF-8 text (${unreadable} unreadable characters)`;
  return undefined;
}

/** Curly, low and angle quotes made straight, for matching (the text itself keeps the author's quotes). */
export function straightQuotes(text: string): string {
  return text.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"').replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'");
}

/** `"Will this slow delivery?"` → `Will this slow delivery?`, with straight or curly quotes. */
export function unquoted(text: string): string {
  const match = /^["\u201C\u201E\u00AB'\u2018](.*)["\u201D\u201C\u00BB'\u2019]$/su.exec(text.trim());
  return (match?.[1] ?? text).trim();
}

export interface ListLine {
  ordered: boolean;
  text: string;
}

// "•", "●", "▪", "◦", "‣" and friends with or without a space; "-", "*", "+", "–", "—" and
// "1." or "1)" with one; a Markdown task box after the marker is dropped.
const listMarker =
  /^\s*(?:[\u2022\u25CF\u25CB\u25E6\u25AA\u25AB\u25A0\u25A1\u2023\u2043\u2219\u00B7]\s*|[*+\-\u2013\u2014]\s+|(\d{1,3})[.)]\s+)(?:\[[ xX]\]\s+)?(\S.*?)\s*$/u;

/** A list line's text without its marker, or undefined for a line that is not a list item. */
export function listLine(line: string): ListLine | undefined {
  const match = listMarker.exec(line);
  return match ? { ordered: match[1] !== undefined, text: match[2]! } : undefined;
}

/** A Markdown ATX heading's level and text (`## Why it matters` → 2, "Why it matters"). */
export function markdownHeading(line: string): { depth: number; text: string } | undefined {
  const match = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
  return match ? { depth: match[1]!.length, text: match[2]! } : undefined;
}

/** A line's words as a heading: no Markdown hashes or bold around them, single spaces. */
export function headingWords(line: string): string {
  const text = (markdownHeading(line)?.text ?? line).trim().replace(/^(\*\*|__)(.+?)\1(:?)$/, '$2$3');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Does a line that stands on its own read as a section title? Short, no closing punctuation,
 * and every longer word capitalised ("Why This Matters in Production", "Real-World Example"),
 * unlike a sentence or a list item that lost its bullet.
 */
export function readsAsTitle(text: string): boolean {
  if (text.length > 80 || /[.,;:!?\u2026"'\u201D\u2019)\]]$/.test(text) || /[|\t]|https?:\/\//.test(text)) return false;
  const words = text.split(' ');
  if (words.length > 12 || !/^[\p{Lu}\p{N}]/u.test(text)) return false;
  const longer = words.slice(1).filter((word) => word.replace(/[^\p{L}]/gu, '').length >= 4);
  return words.length === 1 || (longer.length > 0 && longer.every((word) => /^["'(\u201C\u2018]?[\p{Lu}\p{N}]/u.test(word)));
}

/** Inline Markdown as plain text, for frontmatter fields (they are shown as text): emphasis and code marks dropped, links as "text (url)". */
export function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\((\S+?)(?:\s+"[^"]*")?\)/g, (_, label: string, url: string) => (label && label !== url ? `${label} (${url})` : url))
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

/** Text that MDX reads as text: `<`, `{` and `}` escaped outside code spans, so no sentence is taken for a tag or an expression. */
export function mdxText(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((piece, index) => (index % 2 ? piece : piece.replace(/[<{}]/g, '\\$&')))
    .join('');
}

/** Sentences of a paragraph, split after ".", "!" or "?" before a capital or a quote. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'\u201D\u2019)]?)\s+(?=["'\u201C\u2018(]?[\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** First letter in capitals: a phrase cut from a sentence made into an item of its own. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Does the text end like a sentence? */
export const endsSentence = (text: string): boolean => /[.!?:]["'\u201D\u2019)]?$/.test(text);
