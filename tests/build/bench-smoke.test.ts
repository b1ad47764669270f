import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageDefinitions } from '../../scripts/bench/stages.ts';
import { projectRoot } from '../helpers/paths.ts';
import { runNpm } from '../helpers/run.ts';

/** Runs the bench with `args` and hands its printed report and its JSON to `check`; its folder is removed after. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bench's JSON, read as the test reads it
function withBenchRun(args: string[], check: (stdout: string, report: any) => void): void {
  const result = runNpm(['bench', '--', ...args]);
  expect(result.status, result.output).toBe(0);
  const jsonPath = /JSON: (\S+bench-result\.json)/.exec(result.stdout)?.[1];
  expect(jsonPath, result.stdout).toBeDefined();
  const file = join(projectRoot, jsonPath!);
  try {
    check(result.stdout, JSON.parse(readFileSync(file, 'utf8')));
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
}

describe('npm run bench (smoke run, 20 articles)', () => {
  it('builds the synthetic corpus cold and warm, and the bare baselines, reports every figure, and meets the page budgets', () => {
    withBenchRun(['--articles', '20', '--baseline'], (stdout, report) => {
      expect(report.articles).toBe(20);
      for (const run of [report.cold, report.warm, report.edited, report.baseline.setlist, report.baseline.satteri]) {
        expect(run.wallMs).toBeGreaterThan(0);
        expect(run.peakRssBytes).toBeGreaterThan(0);
      }
      // Article, scorecard and checklist pages for each article, plus the site's own pages.
      expect(report.cold.output.pages).toBeGreaterThan(20 * 3);
      expect(report.warm.output.pages).toBe(report.cold.output.pages);
      expect(report.edited.output.pages).toBe(report.cold.output.pages);
      expect(stdout).toMatch(/^\s+cold\s+warm\s+one edit$/m);
      expect(stdout).toMatch(/page rendering\s+[\d.]+ m?s/);
      expect(stdout).toMatch(/search \+ links\s+[\d.]+ m?s/);
      // Where the cold build's memory peaked (in any stage: in a small build, as late as Astro's exit), Astro's process among its shares.
      const stages = stageDefinitions.map((stage) => stage.name.replace(/[+]/g, '\\+')).join('|');
      expect(stdout).toMatch(new RegExp(`^ {2}cold build's memory peak at [\\d.]+ s \\((?:${stages})\\): .*astro\\.mjs [\\d.]+ MiB`, 'm'));
      expect(report.cold.peak.processes.map((process: { rssBytes: number }) => process.rssBytes).reduce((a: number, b: number) => a + b)).toBe(
        report.cold.peakRssBytes,
      );
      expect(stdout).toMatch(/^ {2}Setlist \/ bare, Setlist's processor: [\d.]+x$/m);
      expect(stdout).toContain('✓ article page JavaScript needed to read: 0 B');
      // The index's first page holds one page of cards, whatever the corpus size.
      expect(stdout).toMatch(/^Insights index \/insights\/ \(what a reader downloads\)$/m);
      expect(report.indexPage.html.gzip).toBeGreaterThan(0);
      expect(stdout).toMatch(/✓ insights index HTML \+ CSS gzip/);
    });
  }, 240_000);
});

describe('npm run bench -- --dev (smoke run, 20 articles)', () => {
  it('starts the dev server cold, times saves of a body, a frontmatter field and a scorecard template until the page has them, and reports them', () => {
    withBenchRun(['--articles', '20', '--dev'], (stdout, report) => {
      expect(report.articles).toBe(20);
      expect(report.setlist.coldStartMs).toBeGreaterThan(0);
      expect(report.setlist.edits.map((edit: { kind: string }) => edit.kind)).toEqual(['body', 'frontmatter', 'template']);
      for (const edit of report.setlist.edits) {
        expect(edit.savesMs).toHaveLength(5);
        for (const ms of edit.savesMs) expect(ms).toBeGreaterThan(0);
      }
      expect(report.peer).toBeNull();
      expect(stdout).toMatch(/^\s+cold start\s+[\d.]+ s$/m);
      expect(stdout).toMatch(/^\s+template edit\s+[\d.]+ m?s$/m);
    });
  }, 240_000);
});
