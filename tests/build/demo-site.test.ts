/**
 * The demo site of this repository (astro.config.mjs and content/ at its root): the engine's
 * tests run on tests/fixtures/site/, so the demo's own content and options are held here.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/node/site-config.ts';
import { projectRoot } from '../helpers/paths.ts';
import { userEnv } from '../helpers/run.ts';

describe('the demo site', () => {
  it('has valid options', async () => {
    const config = await loadSiteConfig(projectRoot);
    expect(config.baseUrl).toMatch(/^https:\/\//);
  });

  it('has valid content (npm run check:content)', () => {
    const result = spawnSync('npm', ['run', '--silent', 'check:content'], { cwd: projectRoot, env: userEnv(), encoding: 'utf8' });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/✓ content: \d+ articles \(\d+ drafts\), \d+ scorecard templates?, all valid/);
  });
});
