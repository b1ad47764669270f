import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * A built site written by hand for each test of a file: `dist` is its output folder, `write` puts
 * a page there, and the build cache (`SETLIST_CACHE_DIR`) is the site's own, so the steps after
 * Astro keep what they keep between a test's calls and never between tests.
 */
export function useScratchSite(): { dist: () => string; cache: () => string; write: (file: string, html: string) => void } {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'setlist-scratch-site-'));
    vi.stubEnv('SETLIST_CACHE_DIR', join(root, '.cache'));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });
  const dist = () => join(root, 'dist');
  return {
    dist,
    cache: () => join(root, '.cache'),
    write(file, html) {
      mkdirSync(dirname(join(dist(), file)), { recursive: true });
      writeFileSync(join(dist(), file), html);
    },
  };
}
