import { fileURLToPath } from 'node:url';

/**
 * Astro's own command-line entry, run under the Node running Setlist (an npm shim could fall back
 * to the machine's older Node). Astro is Setlist's peer, so this is the site's own Astro.
 */
export function astroCli(): string {
  return fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
}

/** The JavaScript heap limit, in MiB, that `setlist build` gives Astro's build. */
export const astroBuildHeapMiB = 2000;

/**
 * Node flags for Astro's build. V8 lets the heap of a process whose limit is 2 GiB or more (its
 * default on a machine with 8 GiB of memory or more) grow fourfold between collections, and
 * twofold under it. Astro's build holds a small live heap and makes much garbage, so a limit just
 * under 2 GiB (what a machine with 8 GiB gets anyway) lowers its peak without costing time.
 * A limit the site sets itself in NODE_OPTIONS wins.
 */
export function astroBuildFlags(env: NodeJS.ProcessEnv): string[] {
  return /--max[-_]old[-_]space[-_]size/.test(env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${astroBuildHeapMiB}`];
}
