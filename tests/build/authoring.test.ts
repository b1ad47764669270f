import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorKinds } from '../helpers/error-kinds.ts';
import { contentWith, seedFile as seed, type ContentEdit } from '../helpers/fixture-content.ts';
import { startDevServer } from '../helpers/dev-server.ts';
import { runSetlist } from '../helpers/run.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function checkWith(edits: ContentEdit[]) {
  const fixture = contentWith(edits);
  cleanups.push(fixture.cleanup);
  return runSetlist(['check-content'], { SETLIST_CONTENT_DIR: fixture.dir });
}

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

describe('npm run check on a broken article', () => {
  it("prints Setlist's message and stops there: no type check, no stack trace", () => {
    const fixture = contentWith([{ file: seed, replace: [/^tags: .*$/m, 'tags: 42'] }]);
    cleanups.push(fixture.cleanup);
    const result = runSetlist(['check'], { SETLIST_CONTENT_DIR: fixture.dir });
    expect(result.status, result.output).toBe(1);
    expect(result.stderr).toMatch(/jazz-and-reliable-systems\.mdx:5 {2}tags: expected a list, received number 42/);
    expect(result.stderr).toContain('✗ check: content problems above');
    expect(result.output).not.toContain('Getting diagnostics');
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.output).not.toMatch(/Stack trace|AstroError|InvalidContentEntry/);
  });
});

describe('npm run check on the shipped tree', () => {
  it('passes: content and TypeScript (astro check) hold', () => {
    const result = runSetlist(['check']);
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
    const result = runSetlist(['new', 'Runbooks That Get Used', '--tags', 'runbooks, incident response', '--steps', '4'], env);
    expect(result.status, result.output).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('draft: true');
    expect(text).toContain('position: 4');
    expect(text).toMatch(/published: \d{4}-\d{2}-\d{2}/);
    expect(text.match(/- id: step-\d/g)).toHaveLength(4);
    for (const tag of ['<Tldr />', '<Framework />', '<ClosingCta />', '## Why This Matters in Production']) expect(text).toContain(tag);
    expect(existsSync(join(fixture.dir, 'scorecards/runbooks-that-get-used.yaml'))).toBe(true);
    const check = runSetlist(['check-content'], env);
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).toContain('4 articles (1 drafts)');
  });

  it('refuses to reuse a slug or overwrite a file, and needs a title', () => {
    const again = runSetlist(['new', 'Runbooks that get used'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/✗ new: the slug "runbooks-that-get-used" is taken by .*runbooks-that-get-used\.mdx/);
    const none = runSetlist(['new'], env);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('✗ new: expected a title');
    const steps = runSetlist(['new', 'Other', '--steps', 'many'], env);
    expect(steps.stderr).toContain('--steps: expected a whole number from 1 to 9, received "many"');
  });

  it('is built by npm run dev at once, and left out of the production build', async () => {
    const outDir = join(fixture.dir, 'dist');
    const build = runSetlist(['build', '--outDir', outDir], env);
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
