import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../helpers/dist.ts';
import { contentWith, seedFile } from '../helpers/fixture-content.ts';
import { startDevServer } from '../helpers/dev-server.ts';
import { runSetlist } from '../helpers/run.ts';

const draft = contentWith([
  { file: 'insights/draft-playbook.mdx', copyOf: seedFile, replace: [/^title: .*$/m, 'title: Draft Playbook\ndraft: true'] },
  { file: 'insights/draft-playbook.mdx', replace: ['position: 2', 'position: 4'] },
  { file: 'insights/future-playbook.mdx', copyOf: seedFile, replace: [/^title: .*$/m, 'title: Future Playbook'] },
  { file: 'insights/future-playbook.mdx', replace: ['published: 2026-10-06', 'published: 2099-01-01'] },
  { file: 'insights/future-playbook.mdx', replace: ['position: 2', 'position: 5'] },
]);
const hidden = ['/insights/draft-playbook/', '/insights/future-playbook/'];
const env = { SETLIST_CONTENT_DIR: draft.dir, SETLIST_CACHE_DIR: join(draft.dir, '.cache') };
const outDir = join(draft.dir, 'dist');
afterAll(() => draft.cleanup());

describe('drafts and future-dated articles in a production build', () => {
  let buildLog = '';
  beforeAll(() => {
    const result = runSetlist(['build', '--outDir', outDir], env);
    expect(result.status, result.output).toBe(0);
    buildLog = result.output;
  }, 180_000);

  it('are each named in one line of the build log, with the reason', () => {
    expect(buildLog).toMatch(/insights\/draft-playbook\.mdx not published: a draft \(draft: true\)\n/);
    expect(buildLog).toMatch(
      /insights\/future-playbook\.mdx not published: dated 2099-01-01, after this build \(\d{4}-\d\d-\d\d\); the first build on or after that day publishes it\n/,
    );
    expect(buildLog).not.toMatch(/jazz-and-reliable-systems\.mdx not published/);
  });

  it('are not built', () => {
    for (const path of hidden) expect(existsSync(join(outDir, path, 'index.html')), path).toBe(false);
  });
  it('are not listed, linked from navigation, in feeds, or searchable', () => {
    const index = loadPage('/insights/', outDir);
    expect(index('.card').length).toBe(3);
    for (const page of [
      '/insights/',
      '/insights/five-failure-modes/',
      '/insights/jazz-and-reliable-systems/',
      '/insights/policy-gated-ai/',
      '/insights/series/reliable-operations/',
    ]) {
      for (const path of hidden) expect(loadPage(page, outDir)(`a[href="${path}"]`).length, `${page} links ${path}`).toBe(0);
    }
    const feeds = ['rss.xml', 'sitemap-0.xml', 'teasers.json'].map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
    for (const path of hidden) expect(feeds).not.toContain(path);
    expect(readdirSync(join(outDir, 'pagefind/fragment')).length).toBe(3);
  });
  it('a future-dated article is published by the first build on or after its date', () => {
    const laterOut = join(draft.dir, 'dist-later');
    const result = runSetlist(['build', '--outDir', laterOut], { ...env, SETLIST_BUILD_TIME: '2099-01-01T08:00:00Z' });
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(laterOut, 'insights/future-playbook/index.html'))).toBe(true);
    expect(readFileSync(join(laterOut, 'rss.xml'), 'utf8')).toContain('/insights/future-playbook/');
    expect(existsSync(join(laterOut, 'insights/draft-playbook/index.html'))).toBe(false);
  });
});

describe('drafts and future-dated articles in npm run dev', () => {
  it('are served', async () => {
    const server = await startDevServer(env);
    try {
      const response = await fetch(`${server.origin}/insights/draft-playbook/`).catch(() => undefined);
      expect(response?.status, server.log()).toBe(200);
      expect(await response!.text()).toContain('<h1>Draft Playbook</h1>');
      const future = await fetch(`${server.origin}/insights/future-playbook/`);
      expect(future.status).toBe(200);
    } finally {
      server.stop();
    }
  }, 90_000);
});
