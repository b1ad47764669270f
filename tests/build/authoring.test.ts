import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, type ContentEdit } from '../helpers/fixture-content.ts';
import { startDevServer } from '../helpers/dev-server.ts';
import { runNpm } from '../helpers/run.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function checkWith(edits: ContentEdit[]) {
  const fixture = contentWith(edits);
  cleanups.push(fixture.cleanup);
  return runNpm(['check:content'], { SETLIST_CONTENT_DIR: fixture.dir });
}

const seed = `insights/jazz-and-reliable-systems.mdx`;
const policy = 'insights/policy-gated-ai.mdx';
const at = (file: string, line: number | string = '\\d+') => new RegExp(`${file.replace(/[.]/g, '\\.')}:${line} {2}`);

/** Every kind of content error: the edit that makes it, and what the message must say. */
const errorKinds: [string, ContentEdit[], (string | RegExp)[]][] = [
  ['missing required field', [{ file: seed, replace: [/^cta: .*\n/m, ''] }], [at(seed, 2), 'cta: expected text, received nothing (the field is missing)']],
  ['wrong type', [{ file: seed, replace: ['position: 2', 'position: "two"'] }], [at(seed, 6), 'position: expected a number, received the text "two"']],
  ['unknown field with a near miss', [{ file: seed, replace: ['takeaways:', 'takeaway:'] }], [/takeaway: unknown field; expected one of: .*\(hint: did you mean "takeaways"\?\)/]],
  ['nested field path', [{ file: seed, replace: [/(id: rhythm-stability[\s\S]*?operatorChecks:\n {8}- ).*/, '$1'] }], [/framework\.steps\[2\]\.operatorChecks\[0\]: expected text, received null/]],
  ['YAML syntax', [{ file: seed, replace: ['position: 2', 'position: [2'] }], [/\(YAML syntax\): /]],
  ['text with an unquoted colon', [{ file: seed, replace: ['  - Freedom to improvise', '  - Lesson: freedom to improvise'] }], ['takeaways[0]: expected text, received a group of fields', 'hint: text that contains ": " must be wrapped in quotes']],
  ['missing frontmatter', [{ file: 'insights/empty-playbook.mdx', text: '# Just a heading\n' }], ['insights/empty-playbook.mdx:1  (frontmatter): expected YAML frontmatter']],
  ['MDX syntax', [{ file: seed, replace: ['<Objections />', '<Objections'] }], [at(seed), '(MDX body): MDX syntax error']],
  ['duplicate slug', [{ file: `insights/archive/jazz-and-reliable-systems.mdx`, copyOf: seed, replace: ['position: 2', 'position: 9'] }], ['duplicate slug "jazz-and-reliable-systems"']],
  ['duplicate series position', [{ file: policy, replace: ['position: 3', 'position: 1'] }], ['position: duplicate series position 1', 'the next free position is 3']],
  ['unknown scorecard template', [{ file: seed, replace: ['template: ensemble-reliability', 'template: ensemble-reliabilty'] }], ['scorecard.template: no scorecard template "ensemble-reliabilty"', 'did you mean "ensemble-reliability"?']],
  ['template that does not match the steps', [{ file: 'scorecards/ensemble-reliability.yaml', replace: ['id: post-set-debrief', 'id: post-set-review'] }], ['scorecards/ensemble-reliability.yaml does not match framework.steps one to one']],
  ['invalid scorecard template', [{ file: 'scorecards/ensemble-reliability.yaml', replace: ['version: 1', 'version: 0'] }], ['scorecards/ensemble-reliability.yaml:2  version: expected at least 1, received number 0']],
  ['duplicate step id', [{ file: seed, replace: ['id: rhythm-stability', 'id: shared-form'] }], ['framework.steps[2].id: duplicate step id "shared-form"; framework.steps[0] already uses it']],
  ['empty framework', [{ file: seed, replace: [/ {2}steps:\n[\s\S]*?(?=^scorecard:)/m, '  steps: []\n'] }], ['framework.steps: expected at least one item, received an empty list']],
  ['missing part', [{ file: seed, replace: ['<Cadence />\n', ''] }], ['<Cadence />: missing from the body']],
  ['part out of order', [{ file: seed, replace: ['<Tldr />', ''] }, { file: seed, replace: ['<ClosingCta />', '<ClosingCta />\n\n<Tldr />'] }], [/<Tldr \/>: out of order; expected it before <ClosingCta \/>/]],
  ['unknown component', [{ file: seed, replace: ['<Cadence />', '<Cadense />'] }], ['<Cadense />: unknown component', 'did you mean <Cadence />?']],
  ['link to a page that does not exist', [{ file: seed, replace: ['The ensemble craft side', 'See [the map](/insights/five-failure-mode/). The ensemble craft side'] }], ['(MDX body): link /insights/five-failure-mode/ points to no page of the site', 'did you mean /insights/five-failure-modes/?']],
  ['link to a section that does not exist', [{ file: seed, replace: ['The ensemble craft side', 'See [alerts](/insights/five-failure-modes/#step-alert-fatigues). The ensemble craft side'] }], ['points to no section "#step-alert-fatigues"', 'did you mean #step-alert-fatigue?']],
  ['hand-typed non-canonical article URL', [{ file: seed, replace: ['The ensemble craft side', 'https://www.trlyptrk.com/insights/policy-gated-ai/ next. The ensemble craft side'] }], ["does not match the article's canonical URL; expected https://trlyptrk.com/insights/policy-gated-ai/"]],
  ['description over its limit', [{ file: seed, replace: [/^description: .*$/m, `description: ${'Long description words. '.repeat(14)}`] }], [at(seed, 3), /description: expected at most 300 characters, received 3\d\d characters/, '✗ content: 1 problem found']],
  ['teaser over LinkedIn\'s limit', [{ file: seed, replace: [/^teaser: .*$/m, `teaser: Short hook. ${'More words for the post. '.repeat(120)}`] }], [/teaser: expected the LinkedIn post .* to fit LinkedIn's 3000 characters, received \d+/]],
  ['file name that is not a slug', [{ file: 'insights/My Playbook.mdx', copyOf: seed, replace: ['position: 2', 'position: 7'] }], ['insights/My Playbook.mdx  (file name): expected a file name of lowercase words', 'rename it to "my-playbook.mdx"']],
  ['published with scaffold placeholders', [{ file: seed, replace: [/^cta: .*$/m, 'cta: "TODO: the closing question"'] }], ['cta: a published article still has scaffold placeholders ("TODO:") in cta', 'keep draft: true']],
  ['updated before published', [{ file: seed, replace: ['published: 2026-10-06', 'published: 2026-10-06\nupdated: 2026-01-01'] }], ['updated: expected the updated date to be on or after the published date']],
];

describe('npm run check:content names every kind of content error', () => {
  it(`covers at least 15 kinds (${errorKinds.length})`, () => {
    expect(errorKinds.length).toBeGreaterThanOrEqual(15);
  });
  it.each(errorKinds)('%s', (_kind, edits, expected) => {
    const result = checkWith(edits);
    expect(result.status, result.output).toBe(1);
    for (const fragment of expected) {
      if (typeof fragment === 'string') expect(result.stderr).toContain(fragment);
      else expect(result.stderr).toMatch(fragment);
    }
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('warns, without failing, about a draft between published articles', () => {
    const result = checkWith([{ file: seed, replace: ['position: 2', 'position: 2\ndraft: true'] }]);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('insights/five-failure-modes.mdx  warning: position: its next neighbour in the reading order');
    expect(result.output).toContain('jazz-and-reliable-systems.mdx (position 2), is a draft');
  });
});

describe('npm run check on the shipped tree', () => {
  it('passes: content and TypeScript (astro check) hold', () => {
    const result = runNpm(['check']);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('✓ content: 3 articles');
    expect(result.output).toMatch(/- 0 errors\s+- 0 warnings/);
    expect(result.stdout).toContain('✓ check: content and types are valid');
  });
});

describe('npm run new', () => {
  const fixture = contentWith([]);
  cleanups.push(fixture.cleanup);
  const env = { SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') };
  const file = join(fixture.dir, 'insights/runbooks-that-get-used.mdx');

  it('scaffolds a full-anatomy draft and its scorecard template that pass the content check', () => {
    const result = runNpm(['new', '--', 'Runbooks That Get Used', '--tags', 'runbooks, incident response', '--steps', '4'], env);
    expect(result.status, result.output).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('draft: true');
    expect(text).toContain('position: 4');
    expect(text).toMatch(/published: \d{4}-\d{2}-\d{2}/);
    expect(text.match(/- id: step-\d/g)).toHaveLength(4);
    for (const tag of ['<Tldr />', '<Framework />', '<ClosingCta />', '## Why This Matters in Production']) expect(text).toContain(tag);
    expect(existsSync(join(fixture.dir, 'scorecards/runbooks-that-get-used.yaml'))).toBe(true);
    const check = runNpm(['check:content'], env);
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).toContain('4 articles (1 drafts)');
  });

  it('refuses to reuse a slug or overwrite a file, and needs a title', () => {
    const again = runNpm(['new', '--', 'Runbooks that get used'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/✗ new: the slug "runbooks-that-get-used" is taken by .*runbooks-that-get-used\.mdx/);
    const none = runNpm(['new'], env);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('✗ new: expected a title');
    const steps = runNpm(['new', '--', 'Other', '--steps', 'many'], env);
    expect(steps.stderr).toContain('--steps: expected a whole number from 1 to 9, received "many"');
  });

  it('is built by npm run dev at once, and left out of the production build', async () => {
    const outDir = join(fixture.dir, 'dist');
    const build = runNpm(['build', '--', '--outDir', outDir], env);
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(outDir, 'insights/runbooks-that-get-used/index.html'))).toBe(false);

    const server = await startDevServer(env);
    try {
      const response = await fetch(`${server.origin}/insights/runbooks-that-get-used/`);
      expect(response.status, server.log()).toBe(200);
      expect(await response.text()).toContain('<h1>Runbooks That Get Used</h1>');
    } finally {
      server.stop();
    }
  }, 120_000);
});
