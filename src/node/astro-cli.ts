import { fileURLToPath } from 'node:url';

/**
 * Astro's own command-line entry, run under the Node running Setlist (an npm shim could fall back
 * to the machine's older Node). Astro is Setlist's peer, so this is the site's own Astro.
 */
export function astroCli(): string {
  return fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
}
