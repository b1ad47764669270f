/**
 * What Astro's build process holds while it renders the pages: the threads that rendered the
 * article bodies (src/integration/body-render-pool.ts) and the content check's thread end with
 * the content load, so their memory is not added to the build's peak (the bench's budget at 3,000
 * articles). Seen from outside, as a site owner's `npm run build` runs: the threads of Astro's
 * process, read from /proc when Astro starts rendering the pages.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { commandOf, processTree } from '../../scripts/bench/proc-tree.ts';
import { contentWith } from '../helpers/fixture-content.ts';
import { projectRoot, siteRoot } from '../helpers/paths.ts';
import { userEnv } from '../helpers/run.ts';

const fixture = contentWith([]);
afterAll(() => fixture.cleanup());

/** The threads of a process by name (Node names a worker's thread `WorkerThread`), with their counts. */
function threadNames(pid: number): Record<string, number> {
  const names: Record<string, number> = {};
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const name = readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').trim();
    names[name] = (names[name] ?? 0) + 1;
  }
  return names;
}

/** The process `setlist build` runs Astro's build in. */
const astroBuildProcess = (setlistPid: number): number | undefined => processTree(setlistPid).find((pid) => commandOf(pid).includes('astro.mjs'));

describe("Astro's build process", () => {
  it('has ended the body render threads and the content check thread when it renders the pages', async () => {
    const env = { SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') };
    const build = spawn(process.execPath, [join(projectRoot, 'scripts/setlist.ts'), 'build', '--outDir', join(fixture.dir, 'dist')], {
      cwd: siteRoot,
      env: userEnv(env),
    });
    const closed = new Promise<number | null>((resolve) => build.once('close', resolve));
    let output = '';
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let seen: Record<string, number> | undefined;
    for await (const line of createInterface({ input: build.stdout })) {
      output += `${line}\n`;
      if (seen || !line.includes('generating static routes')) continue;
      const astro = astroBuildProcess(build.pid!);
      if (astro) seen = threadNames(astro);
    }
    expect(await closed, output).toBe(0);
    // The observation is of Astro's process, whose main thread is there.
    expect(seen, output).toMatchObject({ MainThread: 1 });
    expect(seen?.WorkerThread ?? 0, JSON.stringify(seen)).toBe(0);
  });
});
