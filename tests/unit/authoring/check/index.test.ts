import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type SourceFile } from '../../../../src/authoring/check/index.ts';
import { insightSchema } from '../../../../src/schemas/insight.ts';
import { loadContent } from '../../../helpers/content.ts';
import { projectRoot, siteRoot } from '../../../helpers/paths.ts';
import { siteConfig } from '../../../helpers/site-config.ts';

const seedPath = 'content/insights/jazz-and-reliable-systems.mdx';
const seedText = readFileSync(join(siteRoot, seedPath), 'utf8');
const scorecardPath = 'content/scorecards/ensemble-reliability.yaml';
const scorecard: SourceFile = { file: scorecardPath, text: readFileSync(join(siteRoot, scorecardPath), 'utf8') };

function problemsFor(seed: string, scorecards: SourceFile[] = [scorecard]): string[] {
  return checkContent({ insights: [{ file: seedPath, text: seed }], scorecards }, siteConfig).problems.map(formatProblem);
}

function edited(pattern: string | RegExp, replacement: string): string {
  const changed = seedText.replace(pattern, replacement);
  if (changed === seedText) throw new Error(`edit matched nothing: ${String(pattern)}`);
  return changed;
}

describe('the shipped content', () => {
  it('passes every check', () => {
    const { problems, articles, scorecards } = loadContent();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(articles.map((article) => article.slug).sort()).toEqual(['five-failure-modes', 'jazz-and-reliable-systems', 'policy-gated-ai']);
    expect(scorecards).toHaveLength(3);
  });
  it('gives the seed article what the export lost: full lists of the required sizes', () => {
    const seed = loadContent().articles.find((article) => article.slug === 'jazz-and-reliable-systems');
    expect(seed).toBeDefined();
    const data = seed!.data;
    expect(data.tldr.length).toBeGreaterThanOrEqual(3);
    expect(data.framework.steps.map((step) => step.title)).toEqual([
      'Shared Form',
      'Contextual Handoff',
      'Rhythm Stability',
      'Dynamic Range Control',
      'Post-Set Debrief',
    ]);
    for (const step of data.framework.steps) expect(step.operatorChecks.length).toBeGreaterThanOrEqual(3);
    for (const step of data.framework.steps) expect(step.operatorChecks.length).toBeLessThanOrEqual(5);
    expect(data.checklist.length).toBeGreaterThanOrEqual(8);
    expect(data.checklist.length).toBeLessThanOrEqual(12);
    expect(data.takeaways.length).toBeGreaterThanOrEqual(4);
    expect(data.takeaways.length).toBeLessThanOrEqual(6);
  });
});

describe('schema', () => {
  it('rejects unknown fields so typos are not silently ignored', () => {
    const seed = loadContent().articles[0]!.data;
    expect(insightSchema.safeParse({ ...seed, titel: 'x' }).success).toBe(false);
  });
  it('rejects an updated date before the published date', () => {
    const seed = loadContent().articles[0]!.data;
    const result = insightSchema.safeParse({ ...seed, updated: new Date('2000-01-01') });
    expect(result.error?.issues[0]?.path).toEqual(['updated']);
  });
});

describe('content problems name the file, line, field and what was expected', () => {
  it('a field name typo gets a near-miss hint', () => {
    expect(problemsFor(edited('tldr:', 'tdlr:'))).toContainEqual(
      expect.stringMatching(/^content\/insights\/jazz-and-reliable-systems\.mdx:\d+ {2}tdlr: unknown field; .*\(hint: did you mean "tldr"\?\)$/),
    );
  });
  it('text with an unquoted ": " gets a quoting hint, in a list item or a field', () => {
    const [inList] = problemsFor(edited('  - Freedom to improvise', '  - Lesson one: freedom to improvise'));
    expect(inList).toMatch(/takeaways\[0\]: expected text, received a group of fields {2}\(hint: text that contains ": " must be wrapped in quotes\)/);
    const [inField] = problemsFor(edited('cta: What non-technical', 'cta: Question: what non-technical'));
    expect(inField).toMatch(/\(YAML syntax\): .*\(hint: text that contains ": " must be wrapped in quotes\)/);
  });
  it('YAML syntax errors give the line', () => {
    const [problem] = problemsFor(edited('position: 2', 'position: [2'));
    expect(problem).toMatch(/^content\/insights\/jazz-and-reliable-systems\.mdx:\d+ {2}\(YAML syntax\): /);
  });
  it('a missing frontmatter block is named', () => {
    expect(problemsFor('# Just a heading\n')).toContainEqual(expect.stringContaining(':1  (frontmatter): expected YAML frontmatter'));
  });
  it('an unknown scorecard template is named, with the ids that exist', () => {
    expect(problemsFor(edited('template: ensemble-reliability', 'template: ensemble-reliabilty'))).toEqual([
      expect.stringMatching(
        /scorecard\.template: no scorecard template "ensemble-reliabilty"; expected the id of a file in content\/scorecards\/ \(ensemble-reliability\) {2}\(hint: did you mean "ensemble-reliability"\?\)/,
      ),
    ]);
  });
  it('a template whose areas do not match the framework steps names both files', () => {
    const swapped = { ...scorecard, text: scorecard.text.replace('id: shared-form', 'id: shared-forms') };
    expect(problemsFor(seedText, [swapped])).toEqual([
      expect.stringContaining(`scorecard template ${scorecardPath} does not match framework.steps one to one`),
    ]);
  });
  it('duplicate step ids are named with both indexes', () => {
    expect(problemsFor(edited('id: contextual-handoff', 'id: shared-form'))).toContainEqual(
      expect.stringContaining('framework.steps[1].id: duplicate step id "shared-form"; framework.steps[0] already uses it'),
    );
  });
  it('a part missing from the body is named', () => {
    expect(problemsFor(edited('<Checklist />\n', ''))).toEqual([expect.stringContaining('<Checklist />: missing from the body')]);
  });
  it('a part placed twice or out of order is named with its line', () => {
    expect(problemsFor(edited('<ClosingCta />', '<ClosingCta />\n\n<Tldr />'))).toEqual([
      expect.stringMatching(/\.mdx:\d+ {2}<Tldr \/>: placed more than once/),
      expect.stringMatching(/\.mdx:\d+ {2}<Tldr \/>: out of order; expected it before <ClosingCta \/>/),
    ]);
  });
  it('an unknown component gets the list of parts and a hint', () => {
    expect(problemsFor(edited('<Takeaways />', '<Takeaways />\n\n<Takeaway />'))).toEqual([
      expect.stringMatching(/<Takeaway \/>: unknown component; .*\(hint: did you mean <Takeaways \/>\?\)/),
    ]);
  });
  it('an MDX syntax error gives file and line', () => {
    expect(problemsFor(edited('<Objections />', '<Objections'))).toEqual([
      expect.stringMatching(/^content\/insights\/jazz-and-reliable-systems\.mdx:\d+ {2}\(MDX body\): MDX syntax error: /),
    ]);
  });
  it('a file name that is not a slug gets a rename hint', () => {
    const problems = checkContent({ insights: [{ file: 'content/insights/Jazz Systems.mdx', text: seedText }], scorecards: [scorecard] }, siteConfig).problems;
    expect(problems.map(formatProblem)).toContainEqual(expect.stringContaining('(hint: rename it to "jazz-systems.mdx")'));
    const template = checkContent(
      { insights: [{ file: seedPath, text: seedText }], scorecards: [{ ...scorecard, file: 'content/scorecards/Ensemble Reliability.yaml' }] },
      siteConfig,
    ).problems;
    expect(template.map(formatProblem)).toContainEqual(expect.stringContaining('(hint: rename it to "ensemble-reliability.yaml")'));
  });
});

describe('the README example article', () => {
  it('passes the content check as written', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const article = /```mdx\n([\s\S]*?)```/.exec(readme)?.[1];
    const template = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(article && template).toBeTruthy();
    expect(problemsFor(article!, [{ file: 'content/scorecards/ensemble-example.yaml', text: template! }])).toEqual([]);
  });
});

describe('sharing rules in the content check', () => {
  it('refuses a hand-typed link to an own article that is not its canonical URL', () => {
    const body = edited('The ensemble craft side', 'See https://playbooks.example.org/insights/jazz-and-reliable-systems for more. The ensemble craft side');
    expect(problemsFor(body)).toEqual([
      expect.stringMatching(
        /\.mdx:\d+ {2}\(MDX body\): link https:\/\/playbooks\.example\.org\/insights\/jazz-and-reliable-systems does not match the article's canonical URL; expected https:\/\/playbooks\.example\.org\/insights\/jazz-and-reliable-systems\/$/,
      ),
    ]);
  });
  it('tells the author the teaser needs no URL when it carries a wrong one', () => {
    const teaser = edited('and team trust.', 'and team trust. Read http://playbooks.example.org/insights/jazz-and-reliable-systems/');
    expect(problemsFor(teaser)).toEqual([
      expect.stringContaining('teaser: link http://playbooks.example.org/insights/jazz-and-reliable-systems/ does not match'),
    ]);
    expect(problemsFor(teaser)[0]).toContain('(hint: the teaser needs no URL');
  });
  it('warns, without failing, when the teaser hook is cut mid-sentence', () => {
    const long = edited(/^teaser: .*$/m, `teaser: ${'Long words go on '.repeat(15)}and end here.`);
    const { problems } = checkContent({ insights: [{ file: seedPath, text: long }], scorecards: [scorecard] }, siteConfig);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'teaser' })]);
    expect(formatProblem(problems[0]!)).toMatch(/\.mdx {2}warning: teaser: the first sentence runs past LinkedIn's "see more" fold/);
  });
});
