/** Silent reading speed for practical, dense prose. */
const wordsPerMinute = 220;

export function countWords(texts: readonly string[]): number {
  return texts.reduce((total, text) => total + (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);
}

/** Whole minutes, never less than one. */
export function readingMinutes(texts: readonly string[]): number {
  return Math.max(1, Math.round(countWords(texts) / wordsPerMinute));
}
