/**
 * `npm run build [-- --outDir dir]`: `astro build` (the Setlist integration checks the content
 * first, stops on any problem, and draws preview images beside the build), then, once Astro
 * has exited and given its memory back, the Pagefind search index and the link check.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkBuiltLinks } from '../src/node/check-built-links.ts';
import { indexForSearch } from '../src/node/search-index.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = values.outDir;
// Astro's own CLI under this Node (npm's shim could fall back to the machine's older one).
const astro = 'node_modules/astro/bin/astro.mjs';
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(await indexForSearch(outDir));
const links = checkBuiltLinks(outDir);
for (const line of links.lines) (links.ok ? console.log : console.error)(line);
if (!links.ok) process.exit(1);
console.log(`✓ build: site written to ${outDir}/`);
