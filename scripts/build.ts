/**
 * `setlist build [--outDir dir]` (`npm run build`): `astro build` (the Setlist integration checks
 * the content first, stops on any problem, and draws preview images beside the build), then, once
 * Astro has exited and given its memory back, the Pagefind search index and the link check, side
 * by side: Pagefind indexes in its own process while the link check reads every page in another.
 * Inside Astro's last hook they would add their memory to Astro's at its peak (3,000 articles:
 * 4.1 GiB against 2.3). The search index is reused when the article pages are unchanged since its
 * last run; the link check scans again only the pages that changed (see src/node/unchanged-input.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { astroBuildFlags, astroBuildHeapMiB, astroCli } from '../src/node/astro-cli.ts';
import { afterAstroBuildVariable, cacheDirs, type AfterBuildOptions } from '../src/node/env.ts';
import { indexForSearch } from '../src/node/search-index.ts';
import { commandLine } from './commands.ts';

/** A process's exit code, 1 when it could not start. */
const exitOf = (child: ReturnType<typeof spawn>) =>
  new Promise<number>((resolve) => {
    child.on('error', () => resolve(1)).on('close', (code) => resolve(code ?? 1));
  });

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = values.outDir;
// Astro's build writes the options the steps after it need here (src/integration/index.ts); a bad
// option stops Astro, which says so, and the build then ends with Astro's exit code.
const optionsFile = resolve(cacheDirs(process.env).afterBuild, `site-options.${process.pid}.json`);
mkdirSync(dirname(optionsFile), { recursive: true });
const heapFlags = astroBuildFlags(process.env);
const astro = spawn(process.execPath, [...heapFlags, astroCli(), 'build', '--outDir', outDir], {
  stdio: 'inherit',
  env: { ...process.env, [afterAstroBuildVariable]: optionsFile },
});
const astroExit = await exitOf(astro);
if (astroExit !== 0) {
  rmSync(optionsFile, { force: true });
  // Node aborts when the JavaScript heap is full, after V8's own lines about its last collections.
  if (astro.signalCode === 'SIGABRT') {
    const limit = heapFlags.length ? ` (Setlist gives it ${astroBuildHeapMiB} MiB)` : ' (NODE_OPTIONS sets its limit)';
    console.error(
      `✗ build: Astro's build aborted, as Node does when its JavaScript heap is full${limit}: give it more with NODE_OPTIONS=--max-old-space-size=<MiB>`,
    );
  }
  process.exit(astroExit);
}
if (!existsSync(optionsFile)) {
  console.error("✗ build: Astro built the site without Setlist: the site's Astro config has no setlist({...}) among its integrations");
  process.exit(1);
}
const siteOptions = JSON.parse(readFileSync(optionsFile, 'utf8')) as AfterBuildOptions;
rmSync(optionsFile);

// `setlist check-links`, which prints its own report, given the site's origin rather than
// reading the site's config again. Each page's HTML is garbage once scanned: a small young
// generation collects it before it grows the process (3,000 articles: 400 to 240 MB), so the
// check and Pagefind together stay within the memory budget.
const linkCheck = exitOf(
  spawn(process.execPath, ['--max-semi-space-size=4', ...commandLine('check-links'), outDir, '--base-url', siteOptions.baseUrl], { stdio: 'inherit' }),
);
let indexed = true;
try {
  console.log(await indexForSearch(outDir, siteOptions));
} catch (error) {
  indexed = false;
  console.error(`✗ search index: ${error instanceof Error ? error.message : String(error)}`);
}
if ((await linkCheck) !== 0 || !indexed) process.exit(1);
console.log(`✓ build: site written to ${outDir}/`);
