/**
 * Numbers as a language writes them: counts ("1,250"; in German "1.250") and scores or means to one
 * decimal place ("3.7"; in German "3,7"), the way dates follow the language. Each formatter is
 * made once per language.
 */
function formatterFor(options: Intl.NumberFormatOptions): (value: number, language: string) => string {
  const formats = new Map<string, Intl.NumberFormat>();
  return (value, language) => {
    let format = formats.get(language);
    if (!format) {
      format = new Intl.NumberFormat(language, options);
      formats.set(language, format);
    }
    return format.format(value);
  };
}

/** A count: how many playbooks, minutes, slides. */
export const wholeNumber = formatterFor({});

/** A score, a mean or an average. */
export const oneDecimal = formatterFor({ minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
