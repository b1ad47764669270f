import { readdirSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentOnDisk, checkDevContentInWorker } from '../../../src/node/check-content-files.ts';
import { contentWith } from '../../helpers/fixture-content.ts';
import { fixtureBuildTime, siteConfig } from '../../helpers/site-config.ts';

// The fixture site's content, as an author left it a while ago: the memo keeps only settled files' texts.
const content = contentWith([]);
const anHourAgo = new Date(Date.now() - 3_600_000);
for (const name of readdirSync(content.dir, { recursive: true, encoding: 'utf8' })) utimesSync(join(content.dir, name), anHourAgo, anHourAgo);
afterAll(content.cleanup);
const env = { ...process.env, SETLIST_CONTENT_DIR: content.dir, SETLIST_BUILD_TIME: fixtureBuildTime };

describe("the dev server's first content check, on another thread", () => {
  it('reports what the check on this thread reports', async () => {
    const [{ checked }, here] = await Promise.all([checkDevContentInWorker(env, siteConfig), checkContentOnDisk(env, siteConfig)]);
    expect(checked.result?.articles.map((article) => article.slug)).toEqual(['five-failure-modes', 'jazz-and-reliable-systems', 'policy-gated-ai']);
    expect(checked.report).toEqual(here.report);
  });

  it("hands back the memo the server's next check goes on from: each file's text and its own findings", async () => {
    const { checked, memo } = await checkDevContentInWorker(env, siteConfig);
    const seed = checked.result?.articles.find((article) => article.slug === 'jazz-and-reliable-systems');
    // The memo's checked article is the result's own object, as in a check on this thread.
    expect(memo.files.articles.get(seed!.file)?.checked).toBe(seed);
    // So are the keys of each rule's findings by article (a rule that judges each article alone).
    expect([...memo.files.rules.keys()].sort()).toEqual(['placeholders', 'printed checklist', 'sharing in root']);
    for (const { byArticle } of memo.files.rules.values()) expect(byArticle.get(seed!)).toEqual(expect.any(Array));
    const seedFile = resolve(seed!.file);
    expect(memo.texts.get(seedFile)?.text).toContain('title:');
    // Only a file's size and time are looked at: a text planted in the memo stands for the file's.
    memo.texts.set(seedFile, { ...memo.texts.get(seedFile)!, text: 'no frontmatter here' });
    const next = await checkContentOnDisk(env, siteConfig, { memo });
    const seedErrors = next.report.errors.filter((error) => error.text.startsWith(`${seed!.file}:1 `));
    expect(seedErrors.map((error) => error.text)).toEqual([expect.stringContaining('(frontmatter): expected YAML frontmatter')]);
  });
});
