import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { runNpm } from '../helpers/run.ts';

describe('npm run bench (smoke run, 20 articles)', () => {
  it('builds the synthetic corpus cold and warm, and the bare baselines, reports every figure, and meets the page budgets', () => {
    const result = runNpm(['bench', '--', '--articles', '20', '--baseline']);
    expect(result.status, result.output).toBe(0);
    const jsonPath = /JSON: (\S+bench-result\.json)/.exec(result.stdout)?.[1];
    expect(jsonPath, result.stdout).toBeDefined();
    const file = join(projectRoot, jsonPath!);
    try {
      const report = JSON.parse(readFileSync(file, 'utf8'));
      expect(report.articles).toBe(20);
      for (const run of [report.cold, report.warm, report.edited, report.baseline.unified, report.baseline.satteri]) {
        expect(run.wallMs).toBeGreaterThan(0);
        expect(run.peakRssBytes).toBeGreaterThan(0);
      }
      // Article, scorecard and checklist pages for each article, plus the site's own pages.
      expect(report.cold.output.pages).toBeGreaterThan(20 * 3);
      expect(report.warm.output.pages).toBe(report.cold.output.pages);
      expect(report.edited.output.pages).toBe(report.cold.output.pages);
      expect(result.stdout).toMatch(/^\s+cold\s+warm\s+one edit$/m);
      expect(result.stdout).toMatch(/page rendering\s+[\d.]+ m?s/);
      expect(result.stdout).toMatch(/search \+ links\s+[\d.]+ m?s/);
      expect(result.stdout).toContain('✓ article page JavaScript needed to read: 0 B');
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
  }, 240_000);
});
