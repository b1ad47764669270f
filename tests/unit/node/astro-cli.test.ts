import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { astroBuildFlags, astroBuildHeapMiB } from '../../../src/node/astro-cli.ts';

/** The heap limit, in MiB, that a Node started with these flags reports. */
function heapLimitMiB(flags: string[], nodeOptions = ''): number {
  const run = spawnSync(process.execPath, [...flags, '-p', "require('node:v8').getHeapStatistics().heap_size_limit / 2 ** 20"], {
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
    encoding: 'utf8',
  });
  return Number(run.stdout);
}

describe('astroBuildFlags', () => {
  it("limits the heap of Astro's build to Setlist's figure when the site sets none", () => {
    const flags = astroBuildFlags({});
    expect(flags).toEqual([`--max-old-space-size=${astroBuildHeapMiB}`]);
    // The whole heap limit is the old space's plus the young generation's.
    const limit = heapLimitMiB(flags);
    expect(limit).toBeGreaterThanOrEqual(astroBuildHeapMiB);
    expect(limit).toBeLessThan(astroBuildHeapMiB + 256);
  });

  it('leaves a limit the site sets in NODE_OPTIONS in force, in either spelling', () => {
    for (const nodeOptions of ['--max-old-space-size=3000', '--trace-warnings --max_old_space_size=3000']) {
      const flags = astroBuildFlags({ NODE_OPTIONS: nodeOptions });
      expect(flags).toEqual([]);
      const limit = heapLimitMiB(flags, nodeOptions);
      expect(limit).toBeGreaterThanOrEqual(3000);
      expect(limit).toBeLessThan(3000 + 256);
    }
  });
});
