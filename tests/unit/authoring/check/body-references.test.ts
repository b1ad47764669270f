import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type ContentDisk, type SourceFile } from '../../../../src/authoring/check/index.ts';
import { siteRoot } from '../../../helpers/paths.ts';
import { siteConfig } from '../../../helpers/site-config.ts';

const seedPath = 'content/insights/jazz-and-reliable-systems.mdx';
const seedText = readFileSync(join(siteRoot, seedPath), 'utf8');
const scorecardPath = 'content/scorecards/ensemble-reliability.yaml';
const scorecard: SourceFile = { file: scorecardPath, text: readFileSync(join(siteRoot, scorecardPath), 'utf8') };

/** The files beside the content, as a set: what the check may find. */
const diskWith = (files: string[], packages: string[] = []): ContentDisk => ({
  exists: (path) => files.includes(path),
  resolveImport: (specifier, fromFile) => ({
    found:
      packages.includes(specifier) ||
      files.includes(join(fromFile, '..', specifier)) ||
      files.some((file) => file === join(fromFile, '..', `${specifier}.astro`)),
  }),
});

/** The seed with `text` added before a paragraph of its body, checked against `disk`: its problems and warnings. */
function problemsWith(text: string, disk: ContentDisk = diskWith([])): string[] {
  const seed = seedText.replace('The ensemble craft side', `${text}\n\nThe ensemble craft side`);
  return checkContent({ insights: [{ file: seedPath, text: seed }], scorecards: [scorecard], disk }, siteConfig).problems.map(formatProblem);
}

describe('what an article body refers to', () => {
  it('a picture beside the article passes; one without alt text is a warning with its line', () => {
    const disk = diskWith(['content/insights/band.png']);
    expect(problemsWith('![The band on stage](./band.png)', disk)).toEqual([]);
    expect(problemsWith('![](./band.png)', disk)).toEqual([expect.stringMatching(/\.mdx:\d+ {2}warning: \(MDX body\): image \.\/band\.png has no alt text/)]);
  });

  it('a missing picture, a remote one and an <img> written as HTML are errors that say what to do', () => {
    expect(problemsWith('![Band](./pictures/band.png)')).toEqual([
      expect.stringMatching(/\.mdx:\d+ {2}\(MDX body\): image \.\/pictures\/band\.png not found \(looked for content\/insights\/pictures\/band\.png\)$/),
    ]);
    expect(problemsWith('![Band](https://example.com/band.png)')[0]).toMatch(/is on another site.*\(hint: save the picture beside the article/);
    expect(problemsWith('<img src="./band.png" alt="Band" />', diskWith(['content/insights/band.png']))).toEqual([
      expect.stringMatching(/<img src="\.\/band\.png"> written as HTML is not optimised .*\(hint: write it as Markdown: !\[Band\]\(\.\/band\.png\)\)/),
    ]);
  });

  it('a component must be imported, and an import must find its file or package', () => {
    const disk = diskWith(['content/components/Chart.astro'], ['@acme/charts']);
    expect(problemsWith("import Chart from '../components/Chart.astro';\nimport { Bar } from '@acme/charts';\n\n<Chart /> and <Bar />", disk)).toEqual([]);
    expect(problemsWith('<Chart />', disk)).toEqual([
      expect.stringMatching(/<Chart \/>: unknown component; .* or a component imported at the top of the body/),
    ]);
    expect(problemsWith("import Chart from '../components/Chrat.astro';\n\n<Chart />", disk)).toEqual([
      expect.stringMatching(/\(MDX body\): import "\.\.\/components\/Chrat\.astro" finds no file or package/),
    ]);
  });

  it("a component outside the site's folder is an error that says where it belongs", () => {
    const outsideFile = '/elsewhere/components/Note.astro';
    const disk: ContentDisk = {
      ...diskWith(['content/components/Note.astro']),
      resolveImport: (specifier) => (specifier.endsWith('Note.astro') ? { found: true, componentOutsideSite: outsideFile } : { found: false }),
    };
    expect(problemsWith("import Note from '../components/Note.astro';\n\n<Note />", disk)).toEqual([
      expect.stringMatching(
        /\.mdx:\d+ {2}\(MDX body\): import "\.\.\/components\/Note\.astro" is a component outside the site's folder \(\/elsewhere\/components\/Note\.astro\).*\(hint: keep the site's components in the site/,
      ),
    ]);
  });

  it('JavaScript may read the frontmatter, its own exports and the language’s globals; any other name is named', () => {
    expect(problemsWith('export const team = "SRE";\n\n{team} reads {frontmatter.title} on {new Date(0).getUTCFullYear()}.')).toEqual([]);
    expect(problemsWith('Shipped {count} times.')).toEqual([
      expect.stringMatching(/\.mdx:\d+ {2}\(MDX body\): `count` is not defined in this body; import or export it, or write \\\{ for a literal brace$/),
    ]);
  });
});
