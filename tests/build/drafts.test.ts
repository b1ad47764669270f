import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../helpers/dist.ts';
import { contentWith, seedFile } from '../helpers/fixture-content.ts';
import { freePort } from '../helpers/free-port.ts';
import { projectRoot } from '../helpers/paths.ts';
import { runNpm, userEnv } from '../helpers/run.ts';

const draft = contentWith([
  { file: 'insights/draft-playbook.mdx', copyOf: seedFile, replace: [/^title: .*$/m, 'title: Draft Playbook\ndraft: true'] },
  { file: 'insights/draft-playbook.mdx', replace: ['position: 2', 'position: 4'] },
]);
const env = { SETLIST_CONTENT_DIR: draft.dir, SETLIST_CACHE_DIR: join(draft.dir, '.cache') };
const outDir = join(draft.dir, 'dist');
afterAll(() => draft.cleanup());

describe('drafts in a production build', () => {
  beforeAll(() => {
    const result = runNpm(['build', '--', '--outDir', outDir], env);
    expect(result.status, result.output).toBe(0);
  }, 180_000);

  it('are not built', () => {
    expect(existsSync(join(outDir, 'insights/draft-playbook/index.html'))).toBe(false);
  });
  it('are not listed, linked from navigation, or searchable', () => {
    const index = loadPage('/insights/', outDir);
    expect(index('a[href="/insights/draft-playbook/"]').length).toBe(0);
    expect(index('.card').length).toBe(3);
    for (const page of ['/insights/five-failure-modes/', '/insights/jazz-and-reliable-systems/', '/insights/policy-gated-ai/']) {
      expect(loadPage(page, outDir)('a[href="/insights/draft-playbook/"]').length).toBe(0);
    }
    expect(readdirSync(join(outDir, 'pagefind/fragment')).length).toBe(3);
  });
});

describe('drafts in npm run dev', () => {
  it('are served', async () => {
    const port = await freePort();
    const server = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: projectRoot,
      env: userEnv(env),
      stdio: 'pipe',
      detached: true,
    });
    let log = '';
    server.stdout.on('data', (chunk) => (log += chunk));
    server.stderr.on('data', (chunk) => (log += chunk));
    try {
      const deadline = Date.now() + 60_000;
      while (!log.includes('watching for file changes') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const response = await fetch(`http://127.0.0.1:${port}/insights/draft-playbook/`).catch(() => undefined);
      expect(response?.status, log).toBe(200);
      expect(await response!.text()).toContain('<h1>Draft Playbook</h1>');
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
    }
  }, 90_000);
});
