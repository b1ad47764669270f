/**
 * Scores and means as the page's language writes them, to one decimal place ("3.7"; in German
 * "3,7"), the way dates follow it. One formatter per language, made once.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function oneDecimal(value: number, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
    formats.set(language, format);
  }
  return format.format(value);
}
