/**
 * The ticks a reader gives an article's checklist while working through it online, kept in
 * their browser. Each box is named by what it says, not by where it stands: when an author
 * edits an item its old tick no longer applies, while untouched and reordered items keep theirs.
 */
import { textHash } from './text-hash.ts';

/** What kind of line a box sits on: a practical checklist item or a step's operator check. */
export type TickKind = 'item' | 'check';

export interface TickBox {
  /** Stable while the text is unchanged, e.g. `item-1x2k9f`; a repeated text gets `-2`, `-3`. */
  id: string;
  text: string;
}

/** The boxes of one list, each named by its kind and text. */
export function tickBoxes(kind: TickKind, texts: readonly string[]): TickBox[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = `${kind}-${textHash(text.trim())}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, text };
  });
}

/** One article's ticks, keyed by its checklist page so no slug is spelled twice. */
export const ticksStorageKey = (checklistPath: string): string => `setlist:checklist:${checklistPath}`;

const storedFormat = 'setlist-checklist-ticks';
const storedVersion = 1;

export type StoredTicks = { status: 'empty' } | { status: 'restored'; ticked: Set<string> } | { status: 'unreadable' };

/** What the browser kept for this checklist; ids of boxes that no longer exist are left out by the caller. */
export function readTicks(raw: string | null): StoredTicks {
  if (raw === null) return { status: 'empty' };
  try {
    const parsed = JSON.parse(raw) as { format?: unknown; version?: unknown; ticked?: unknown };
    const ticked = parsed.ticked;
    if (parsed.format !== storedFormat || parsed.version !== storedVersion || !Array.isArray(ticked) || !ticked.every((id) => typeof id === 'string')) {
      return { status: 'unreadable' };
    }
    return { status: 'restored', ticked: new Set(ticked) };
  } catch {
    return { status: 'unreadable' };
  }
}

export function writeTicks(ticked: Iterable<string>): string {
  return JSON.stringify({ format: storedFormat, version: storedVersion, ticked: [...ticked].sort() });
}
