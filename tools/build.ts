/**
 * `npm run build [-- --outDir dir]`: `astro build` (the Setlist integration checks the content
 * first, stops on any problem, and draws preview images beside the build), then, once Astro
 * has exited and given its memory back, the Pagefind search index and the link check, side by
 * side: Pagefind indexes in its own process while the link check reads every page in another.
 * Each skips its work when the pages it reads are unchanged since its last run (see
 * src/node/unchanged-input.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { indexForSearch } from '../src/node/search-index.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = values.outDir;
// Astro's own CLI under this Node (npm's shim could fall back to the machine's older one).
const astro = 'node_modules/astro/bin/astro.mjs';
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// `npm run check:links`, which prints its own report.
const linkCheck = new Promise<number>((resolve) => {
  // Each page's HTML is garbage once scanned: a small young generation collects it before it
  // grows the process (3,000 articles: 400 to 240 MB), so the check and Pagefind together stay
  // within the memory budget.
  spawn(process.execPath, ['--max-semi-space-size=4', 'tools/check-links.ts', outDir], { stdio: 'inherit' })
    .on('error', () => resolve(1))
    .on('close', (code) => resolve(code ?? 1));
});
console.log(await indexForSearch(outDir));
if ((await linkCheck) !== 0) process.exit(1);
console.log(`✓ build: site written to ${outDir}/`);
