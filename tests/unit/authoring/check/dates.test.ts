import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type SourceFile } from '../../../../src/authoring/check/index.ts';
import { siteRoot } from '../../../helpers/paths.ts';
import { siteConfig } from '../../../helpers/site-config.ts';

const seedPath = 'content/insights/jazz-and-reliable-systems.mdx';
const seedText = readFileSync(join(siteRoot, seedPath), 'utf8');
const scorecardPath = 'content/scorecards/ensemble-reliability.yaml';
const scorecard: SourceFile = { file: scorecardPath, text: readFileSync(join(siteRoot, scorecardPath), 'utf8') };
const expected = 'expected a real calendar date written YYYY-MM-DD, like 2026-11-25';

/** The check's problems with the seed's `published: 2026-10-06` line (line 4 of the file) replaced. */
function problemsWithDates(lines: string): string[] {
  const text = seedText.replace('published: 2026-10-06\n', `${lines}\n`);
  if (text === seedText) throw new Error('the seed has no "published: 2026-10-06" line');
  return checkContent({ insights: [{ file: seedPath, text }], scorecards: [scorecard] }, siteConfig).problems.map(formatProblem);
}

const datesOf = (lines: string) => {
  const text = seedText.replace('published: 2026-10-06\n', `${lines}\n`);
  const article = checkContent({ insights: [{ file: seedPath, text }], scorecards: [scorecard] }, siteConfig).articles[0];
  return article && { published: article.data.published, updated: article.data.updated };
};

describe('frontmatter dates in the content check', () => {
  it('refuses 31 February at the line of the field, quoted or not, instead of rolling it over to 3 March', () => {
    const problem = `${seedPath}:4  published: ${expected}; received "2026-02-31" (February 2026 has 28 days)`;
    expect(problemsWithDates('published: 2026-02-31')).toEqual([problem]);
    expect(problemsWithDates('published: "2026-02-31"')).toEqual([problem]);
    expect(problemsWithDates("published: '2026-02-31'")).toEqual([problem]);
  });

  it('refuses month 13 and 29 February of a year that is not a leap year', () => {
    expect(problemsWithDates('published: 2026-13-01')).toEqual([`${seedPath}:4  published: ${expected}; received "2026-13-01" (months run 01 to 12)`]);
    expect(problemsWithDates('published: 2026-02-29')).toEqual([`${seedPath}:4  published: ${expected}; received "2026-02-29" (February 2026 has 28 days)`]);
  });

  it('names the line of updated, below published', () => {
    expect(problemsWithDates('published: 2026-10-06\nupdated: 2026-10-32')).toEqual([
      `${seedPath}:5  updated: ${expected}; received "2026-10-32" (October 2026 has 31 days)`,
    ]);
  });

  it('accepts a real day, quoted or not, as midnight UTC', () => {
    const day = new Date('2026-11-25T00:00:00Z');
    expect(datesOf('published: 2026-11-25')).toEqual({ published: day, updated: undefined });
    expect(datesOf('published: "2026-11-25"')).toEqual({ published: day, updated: undefined });
    expect(datesOf('published: 2028-02-29\nupdated: 2028-03-01')).toEqual({
      published: new Date('2028-02-29T00:00:00Z'),
      updated: new Date('2028-03-01T00:00:00Z'),
    });
  });

  it('accepts a full date-time as its instant', () => {
    expect(datesOf('published: 2026-11-25T10:30:00+01:00')?.published).toEqual(new Date('2026-11-25T09:30:00Z'));
    expect(datesOf('published: "2026-11-25T10:30:00Z"')?.published).toEqual(new Date('2026-11-25T10:30:00Z'));
  });

  it('words a date of the wrong type or a missing one as other fields are', () => {
    expect(problemsWithDates('published: 2026')).toEqual([`${seedPath}:4  published: expected a date (YYYY-MM-DD), received number 2026`]);
    expect(problemsWithDates('published:')).toEqual([`${seedPath}:4  published: expected a date (YYYY-MM-DD), received null (an empty value)`]);
    expect(problemsWithDates('')).toEqual([`${seedPath}:2  published: expected a date (YYYY-MM-DD), received nothing (the field is missing)`]);
    expect(problemsWithDates('published: 25/11/2026')).toEqual([`${seedPath}:4  published: ${expected}; received "25/11/2026"`]);
  });
});
