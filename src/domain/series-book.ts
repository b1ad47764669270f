/**
 * The series book: every published part of a series, in reading order, in one document to print.
 * What is computed for it besides each part's own data: the date on its cover and the
 * stylesheet of its running heads.
 */
import cssesc from 'cssesc';

/** The date the book is as of: the latest day any of its parts was published or updated. */
export function bookDate(parts: readonly { data: { published: Date; updated?: Date | undefined } }[]): Date {
  const days = parts.flatMap(({ data }) => [data.published, data.updated ?? data.published]).map((date) => date.getTime());
  if (!days.length) throw new Error('a series book needs at least one part');
  return new Date(Math.max(...days));
}

/**
 * The stylesheet that puts each part's title at the head of its printed pages. Browsers print no
 * element's text in a page margin (`string-set` is not in Chromium), so each part gets a CSS named
 * page, whose margin box carries its title as a string; the site's CSP takes no inline style,
 * so this is a file of its own. A browser without named pages prints the book without the heads.
 * `parts`: the id of each part's title in the book (its `<article>`'s pages take the same name)
 * and the title.
 */
export function runningHeadsStylesheet(parts: readonly { id: string; title: string }[]): string {
  const heads = parts.map(({ id, title }) => ({ name: cssesc(id, { isIdentifier: true }), title: cssesc(title, { quotes: 'double', wrap: true }) }));
  return [
    // The same layer order as every stylesheet of the site (see src/styles/base.css).
    '@layer brand, base, page;',
    '',
    '@layer page {',
    '  @media print {',
    ...heads.map(({ name }) => `    article:has(#${name}) {\n      page: ${name};\n    }`),
    '  }',
    ...heads.map(({ name, title }) => `\n  @page ${name} {\n    @top-center {\n      content: ${title};\n    }\n  }`),
    '}',
    '',
  ].join('\n');
}
