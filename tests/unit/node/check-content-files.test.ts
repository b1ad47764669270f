import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentOnDisk, devContentChecks, type DevCheckFor } from '../../../src/node/check-content-files.ts';
import type { ContentState } from '../../../src/route-data/content-state.ts';
import { contentWith, seedFile } from '../../helpers/fixture-content.ts';
import { fixtureBuildTime, siteConfig } from '../../helpers/site-config.ts';

// The fixture site's content, as an author left it a while ago: the memo keeps only settled files' texts.
const content = contentWith([]);
const anHourAgo = new Date(Date.now() - 3_600_000);
for (const name of readdirSync(content.dir, { recursive: true, encoding: 'utf8' })) utimesSync(join(content.dir, name), anHourAgo, anHourAgo);
afterAll(content.cleanup);
const env = { ...process.env, SETLIST_CONTENT_DIR: content.dir, SETLIST_BUILD_TIME: fixtureBuildTime };
const dev: DevCheckFor = { mode: { live: true, publishing: { includeDrafts: true, now: fixtureBuildTime } }, history: undefined };
const seedPath = join(content.dir, seedFile);
const slugs = ['five-failure-modes', 'jazz-and-reliable-systems', 'policy-gated-ai'];

describe("the dev server's content checks, on a thread of their own", () => {
  it('report first what the check on this thread reports, with the findings the pages read', async () => {
    const reasons: string[] = [];
    const checks = devContentChecks(env, siteConfig, dev, (reason) => reasons.push(reason));
    const [first, here] = await Promise.all([checks.first, checkContentOnDisk(env, siteConfig)]);
    checks.close();
    expect(reasons).toEqual([]);
    expect(first.checked.result?.articles.map((article) => article.slug)).toEqual(slugs);
    expect(first.report).toEqual(here.report);
    const state = JSON.parse(first.stateText) as ContentState;
    expect(Object.keys(state.outlines).sort()).toEqual(slugs);
    expect(state.summary).toBe(here.report.summary);
    expect(state.publishing).toEqual(dev.mode.publishing);
  });

  it('check again after each save, reading the saved file, and find it fixed once it is', async () => {
    const checks = devContentChecks(env, siteConfig, dev, () => undefined);
    const first = await checks.first;
    const seedText = readFileSync(seedPath, 'utf8');
    const misnamed = 'no scorecard template "ensemble-reliabilty"';
    try {
      writeFileSync(seedPath, seedText.replace('template: ensemble-reliability', 'template: ensemble-reliabilty'));
      const broken = await checks.next();
      expect(broken.report.ok).toBe(false);
      expect(broken.report.errors.filter((error) => error.text.includes(misnamed))).toHaveLength(1);
      expect((JSON.parse(broken.stateText) as ContentState).errors).toEqual(broken.report.errors);
      // No more than the report and the findings cross back: the checked articles stay on their thread.
      expect(Object.keys(broken).sort()).toEqual(['report', 'stateText']);
    } finally {
      writeFileSync(seedPath, seedText);
    }
    const fixed = await checks.next();
    expect(fixed.report).toEqual(first.report);
    checks.close();
  });

  it('run on this thread when their own cannot start, and say why', async () => {
    const reasons: string[] = [];
    // Options that cannot be copied to another thread (a function in them).
    const checks = devContentChecks(env, { ...siteConfig, notCopied: () => undefined } as typeof siteConfig, dev, (reason) => reasons.push(reason));
    const first = await checks.first;
    expect(reasons).toEqual([expect.stringMatching(/could not be cloned/)]);
    expect(first.checked.result?.articles.map((article) => article.slug)).toEqual(slugs);
    expect((await checks.next()).report).toEqual(first.report);
    expect(reasons).toHaveLength(1);
  });
});
