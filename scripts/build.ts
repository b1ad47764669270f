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
import { parseArgs } from 'node:util';
import { astroCli } from '../src/node/astro-cli.ts';
import { afterAstroBuildVariable } from '../src/node/env.ts';
import { indexForSearch } from '../src/node/search-index.ts';
import { loadSiteConfig } from '../src/node/site-config.ts';
import { commandLine } from './commands.ts';
import { siteConfigFor } from './site-options.ts';

/** A process's exit code, 1 when it could not start. */
const exitOf = (child: ReturnType<typeof spawn>) =>
  new Promise<number>((resolve) => {
    child.on('error', () => resolve(1)).on('close', (code) => resolve(code ?? 1));
  });

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = values.outDir;
const astroBuild = exitOf(
  spawn(process.execPath, [astroCli(), 'build', '--outDir', outDir], { stdio: 'inherit', env: { ...process.env, [afterAstroBuildVariable]: '1' } }),
);
// Read while Astro builds: loading the site's config takes a second that would otherwise come first.
// A bad option stops Astro too, which says so: the build then ends with Astro's exit code.
const loadingConfig = loadSiteConfig();
loadingConfig.catch(() => undefined);
const astroExit = await astroBuild;
if (astroExit !== 0) process.exit(astroExit);
const siteConfig = await siteConfigFor('build', loadingConfig);

// `setlist check-links`, which prints its own report, given the site's origin rather than
// reading the site's config again. Each page's HTML is garbage once scanned: a small young
// generation collects it before it grows the process (3,000 articles: 400 to 240 MB), so the
// check and Pagefind together stay within the memory budget.
const linkCheck = exitOf(
  spawn(process.execPath, ['--max-semi-space-size=4', ...commandLine('check-links'), outDir, '--base-url', siteConfig.baseUrl], { stdio: 'inherit' }),
);
console.log(await indexForSearch(outDir, siteConfig));
if ((await linkCheck) !== 0) process.exit(1);
console.log(`✓ build: site written to ${outDir}/`);
