import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, seedFile, type ContentEdit } from '../helpers/fixture-content.ts';
import { runSetlist } from '../helpers/run.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function buildWith(edits: ContentEdit[]) {
  const { dir, cleanup } = contentWith(edits);
  cleanups.push(cleanup);
  return runSetlist(['build', '--outDir', `${dir}/dist`], { SETLIST_CONTENT_DIR: dir, SETLIST_CACHE_DIR: `${dir}/.cache` });
}

/** A content error must fail the build with file, field and expectation, and no stack trace. */
function expectContentError(result: ReturnType<typeof runSetlist>, ...fragments: (string | RegExp)[]) {
  expect(result.status, result.output).toBe(1);
  for (const fragment of fragments) {
    if (typeof fragment === 'string') expect(result.stderr).toContain(fragment);
    else expect(result.stderr).toMatch(fragment);
  }
  expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  // The check runs while Astro syncs the same files: Astro's own, single schema error must not come first.
  expect(result.output).not.toContain('does not match collection schema');
  expect(result.output).not.toContain('[build] Complete!');
}

describe('npm run build refuses bad content', () => {
  it('names a missing required field', () => {
    const result = buildWith([{ file: seedFile, replace: [/^description: .*\n/m, ''] }]);
    expectContentError(result, `${seedFile}:`, 'description: expected text, received nothing (the field is missing)');
  });

  it('names a field of the wrong type with its line', () => {
    const result = buildWith([{ file: seedFile, replace: ['position: 2', 'position: second'] }]);
    expectContentError(result, `${seedFile}:6  position: expected a number, received the text "second"`);
  });

  it('names a wrong type deep inside the framework with its full path', () => {
    const result = buildWith([{ file: seedFile, replace: [/(id: rhythm-stability[\s\S]*?operatorChecks:)\n(?: {8}- .*\n)+/, '$1 none\n'] }]);
    expectContentError(result, /jazz-and-reliable-systems\.mdx:\d+ {2}framework\.steps\[2\]\.operatorChecks: expected a list, received the text "none"/);
  });

  it('names a duplicate slug and the file that already uses it', () => {
    const result = buildWith([{ file: `insights/archive/${seedFile.split('/')[1]}`, copyOf: seedFile, replace: ['position: 2', 'position: 9'] }]);
    expectContentError(result, '(file name): duplicate slug "jazz-and-reliable-systems"', 'insights/archive/jazz-and-reliable-systems.mdx', `${seedFile}  `);
  });

  it('names a duplicate series position and suggests a free one', () => {
    const result = buildWith([{ file: 'insights/policy-gated-ai.mdx', replace: ['position: 3', 'position: 2'] }]);
    expectContentError(result, 'position: duplicate series position 2', 'the next free position is 3');
  });

  it('names an empty framework', () => {
    const result = buildWith([{ file: seedFile, replace: [/ {2}steps:\n[\s\S]*?(?=^scorecard:)/m, '  steps: []\n'] }]);
    expectContentError(result, /jazz-and-reliable-systems\.mdx:\d+ {2}framework\.steps: expected at least one item, received an empty list/);
  });

  it('names the article whose scorecard template does not exist', () => {
    const result = buildWith([{ file: seedFile, replace: ['template: ensemble-reliability', 'template: ensemble-reliablity'] }]);
    expectContentError(result, `${seedFile}  scorecard.template: no scorecard template "ensemble-reliablity"`, 'did you mean "ensemble-reliability"?');
  });

  it('names both files when a template does not match the framework steps', () => {
    const result = buildWith([{ file: 'scorecards/ensemble-reliability.yaml', replace: [/ {2}- id: post-set-debrief[\s\S]*$/, ''] }]);
    expectContentError(
      result,
      `${seedFile}  scorecard.template: scorecard template`,
      'scorecards/ensemble-reliability.yaml does not match framework.steps one to one',
      'received [shared-form, contextual-handoff, rhythm-stability, dynamic-range-control]',
    );
  });

  it('refuses a hand-typed link to an article that is not its canonical URL', () => {
    const result = buildWith([
      {
        file: seedFile,
        replace: ['The ensemble craft side', 'Start with http://playbooks.example.org/insights/five-failure-modes/ first. The ensemble craft side'],
      },
    ]);
    expectContentError(
      result,
      /jazz-and-reliable-systems\.mdx:\d+ {2}\(MDX body\): link http:\/\/playbooks\.example\.org\/insights\/five-failure-modes\/ does not match the article's canonical URL; expected https:\/\/playbooks\.example\.org\/insights\/five-failure-modes\//,
    );
  });

  it('refuses JavaScript in a body that would fail on the page, with its line, whichever of the check and the loader meets it first', () => {
    const result = buildWith([
      { file: seedFile, replace: ['The ensemble craft side', 'Ship it {count} times. The ensemble craft side'] },
      { file: 'insights/five-failure-modes.mdx', replace: ['<Objections />', "import Chart from './chart.js';\n\n<Objections />"] },
    ]);
    expectContentError(
      result,
      /jazz-and-reliable-systems\.mdx:\d+ {2}\(MDX body\): `count` is not defined in this body; import or export it, or write \\\{ for a literal brace/,
      /five-failure-modes\.mdx:\d+ {2}\(MDX body\): import "\.\/chart\.js" finds no file or package/,
      '2 problems found',
    );
  });

  it("names a bad value in the site's own article field and a misspelt one, with the site's schema", () => {
    const result = buildWith([
      { file: 'insights/five-failure-modes.mdx', replace: [/^audience: .*$/m, 'audience: 5'] },
      { file: seedFile, replace: [/^position: /m, 'audiance: Everyone\nposition: '] },
    ]);
    expectContentError(
      result,
      'insights/five-failure-modes.mdx:8  audience: expected text, received number 5',
      `${seedFile}:`,
      'audiance: unknown field',
      '(hint: did you mean "audience"?)',
      '2 problems found',
    );
  });

  it('reports every problem in one run, not only the first', () => {
    const result = buildWith([
      { file: seedFile, replace: [/^title: .*\n/m, ''] },
      { file: 'insights/five-failure-modes.mdx', replace: [/^tags:/m, 'tagz:'] },
    ]);
    expectContentError(result, 'title: expected text', 'tagz: unknown field', 'did you mean "tags"?', '2 problems found');
  });
});
