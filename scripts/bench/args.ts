/** Parses a whole-number flag, naming the flag in the error so a typo is obvious. */
export function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min) throw new Error(`expected --${flag} to be a whole number >= ${min}, received "${text}"`);
  return value;
}
