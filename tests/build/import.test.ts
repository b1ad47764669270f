import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDevServer } from '../helpers/dev-server.ts';
import { contentWith } from '../helpers/fixture-content.ts';
import { fixturesDir, projectRoot } from '../helpers/paths.ts';
import { runSetlist } from '../helpers/run.ts';

// `npm run import` as an author runs it, into a scratch copy of the shipped content.
const fixture = contentWith([]);
afterAll(() => fixture.cleanup());
const env = { SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') };
const seedExport = '../shared/seeds/000_f993ccf0994dd598.txt';
const articleFile = join(fixture.dir, 'insights/imported-seed.mdx');
const scorecardFile = join(fixture.dir, 'scorecards/imported-seed.yaml');
const contentFiles = () => ['insights', 'scorecards'].flatMap((folder) => readdirSync(join(fixture.dir, folder)).map((name) => `${folder}/${name}`));

describe('npm run import', () => {
  it('--dry-run prints the draft and the report and writes nothing', () => {
    const before = contentFiles();
    const result = runSetlist(['import', seedExport, '--slug', 'imported-seed', '--dry-run'], env);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/^--- .*insights\/imported-seed\.mdx ---\n---\ntitle: Jazz and Reliable Systems\n/m);
    expect(result.stdout).toContain('  template: imported-seed\n');
    expect(result.stdout).toMatch(/^--- .*scorecards\/imported-seed\.yaml ---\ntitle: Jazz and Reliable Systems Scorecard\n/m);
    expect(result.stdout).toContain('Kept as body sections, in order: Why This Matters in Production; Real-World Example; Integration With Adjacent Work');
    expect(result.stdout).toContain('Needs the author: 12 TODO notes');
    expect(result.stdout).toContain('Preview: npm run dev, then open http://localhost:4321/insights/imported-seed/');
    expect(result.stdout).toContain('Dry run: nothing written');
    expect(contentFiles()).toEqual(before);
  });

  it('writes the draft and its scorecard template, which pass npm run check as a draft', () => {
    const result = runSetlist(['import', seedExport, '--slug', 'imported-seed'], env);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain('✓ the draft passes the content check');
    expect(result.stdout).toMatch(/✓ import: wrote .*insights\/imported-seed\.mdx and .*scorecards\/imported-seed\.yaml/);
    expect(readFileSync(articleFile, 'utf8')).toContain('draft: true');
    expect(readFileSync(scorecardFile, 'utf8')).toContain('evidencePrompt: Defined owner, boundary, and current signal for shared form');

    const check = runSetlist(['check'], env);
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).toContain('✓ content: 4 articles (1 drafts), 4 scorecard templates, all valid');
    expect(check.stdout).toContain('✓ check: content and types are valid');
  });

  it('never replaces an existing article or template unless --force', () => {
    const article = readFileSync(articleFile, 'utf8');
    writeFileSync(articleFile, article.replace('title: Jazz and Reliable Systems', 'title: Edited By Hand'));
    const again = runSetlist(['import', seedExport, '--slug', 'imported-seed'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/✗ import: .*insights\/imported-seed\.mdx and .*scorecards\/imported-seed\.yaml already exist; nothing was written/);
    expect(readFileSync(articleFile, 'utf8')).toContain('title: Edited By Hand');

    const forced = runSetlist(['import', seedExport, '--slug', 'imported-seed', '--force'], env);
    expect(forced.status, forced.output).toBe(0);
    expect(forced.stdout).toMatch(/\(replacing .*imported-seed\.mdx and .*imported-seed\.yaml\)/);
    expect(readFileSync(articleFile, 'utf8')).toBe(article);
  });

  it.each([
    ['an empty file', join(fixturesDir, 'import/empty.txt'), 'it is empty; expected a plain-text or Markdown export of an article'],
    ['a binary file', join(projectRoot, 'src/assets/fonts/inter-latin-400-normal.woff'), 'it is a binary file'],
    ['a text with no section of an article', join(fixturesDir, 'import/not-an-article.txt'), 'no section of a Setlist article was found'],
    ['a missing file', join(fixturesDir, 'import/no-such-export.txt'), 'no such file'],
  ])('refuses %s by name, with a reason, and writes nothing', (_name, file, reason) => {
    const before = contentFiles();
    const result = runSetlist(['import', file], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`✗ import: ${file}: `);
    expect(result.stderr).toContain(reason);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(contentFiles()).toEqual(before);
  });

  it('the imported draft is served by npm run dev', async () => {
    const server = await startDevServer(env);
    try {
      const response = await fetch(`${server.origin}/insights/imported-seed/`);
      const html = await response.text();
      expect(response.status, server.log()).toBe(200);
      expect(html).toContain('<h1>Jazz and Reliable Systems</h1>');
      expect(html).toContain('Core Framework: Ensemble Reliability Discipline');
      expect(html).toContain('Integration With Adjacent Work');
      expect(html).toContain('Defined owner, boundary, and current signal for shared form');
    } finally {
      server.stop();
    }
  }, 120_000);
});
