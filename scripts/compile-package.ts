/**
 * Run by `npm pack` (prepack; postpack with `--clean` removes it again): the JavaScript an
 * installed Setlist needs where Node runs a file itself and refuses to strip TypeScript's types
 * under node_modules: the `setlist` command and the files started as worker threads or child
 * processes (`runnableSources`). Each is bundled with the project's own
 * modules and keeps its packages external, into `lib/` at the path src/node/package-files.ts
 * names. Everything Astro loads (the integration, pages, components) stays TypeScript: Vite
 * compiles it for the site.
 */
import { chmodSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { compiledPath, runnableSources } from '../src/node/package-files.ts';

const command = 'scripts/setlist.ts';
const entries = [command, ...runnableSources];

rmSync('lib', { recursive: true, force: true });
// postpack: the tarball has it; a checkout runs its sources.
if (process.argv.includes('--clean')) process.exit(0);
await Promise.all(
  entries.map((entry) =>
    build({
      entryPoints: [entry],
      // The command loads each of its commands when asked for it: each is a chunk of its own.
      outdir: dirname(compiledPath(entry)),
      splitting: true,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      packages: 'external',
      logLevel: 'warning',
    }),
  ),
);
chmodSync(compiledPath(command), 0o755);
console.log(`✓ package: ${entries.length} entry files compiled into lib/`);
