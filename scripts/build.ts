/**
 * `setlist build [--outDir dir]` (`npm run build`): `astro build` (the Setlist integration checks
 * the content first, stops on any problem, and draws preview images beside the build), then, once
 * Astro has exited and given its memory back, the Pagefind search index and the link check, side
 * by side: Pagefind indexes in its own process while the link check reads every page in another.
 * Inside Astro's last hook they would add their memory to Astro's at its peak (3,000 articles:
 * 4.1 GiB against 2.3). Each skips its work when the pages it reads are unchanged since its last
 * run (see src/node/unchanged-input.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { astroCli } from '../src/node/astro-cli.ts';
import { afterAstroBuildVariable } from '../src/node/env.ts';
import { indexForSearch } from '../src/node/search-index.ts';
import { commandLine } from './commands.ts';
import { siteConfigFor } from './site-options.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = values.outDir;
const siteConfig = await siteConfigFor('build');
const build = spawnSync(process.execPath, [astroCli(), 'build', '--outDir', outDir], {
  stdio: 'inherit',
  env: { ...process.env, [afterAstroBuildVariable]: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

// `setlist check-links`, which prints its own report.
const linkCheck = new Promise<number>((resolve) => {
  // Each page's HTML is garbage once scanned: a small young generation collects it before it
  // grows the process (3,000 articles: 400 to 240 MB), so the check and Pagefind together stay
  // within the memory budget.
  spawn(process.execPath, ['--max-semi-space-size=4', ...commandLine('check-links'), outDir], { stdio: 'inherit' })
    .on('error', () => resolve(1))
    .on('close', (code) => resolve(code ?? 1));
});
console.log(await indexForSearch(outDir, siteConfig));
if ((await linkCheck) !== 0) process.exit(1);
console.log(`✓ build: site written to ${outDir}/`);
