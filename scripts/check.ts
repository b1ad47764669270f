/**
 * `npm run check`: everything that can be wrong before a build: all content (schemas,
 * cross-article rules, links, teasers), then TypeScript (`astro check`). Type-checking loads
 * the content through Astro, so it runs only once the content is valid: a content problem is
 * reported once, in Setlist's words, and never followed by Astro's stack trace.
 */
import { spawnSync } from 'node:child_process';
import { checkContentOnDisk, printCheckReport } from '../src/node/check-content-files.ts';
import { astroCli } from '../src/node/astro-cli.ts';
import { siteConfigFor } from './site-options.ts';

if (!printCheckReport((await checkContentOnDisk(process.env, await siteConfigFor('check'))).report)) {
  console.error('\n✗ check: content problems above; fix them, then run npm run check again (types are checked once content is valid)');
  process.exit(1);
}
if (spawnSync(process.execPath, [astroCli(), 'check'], { stdio: 'inherit' }).status !== 0) {
  console.error('✗ check: types failed');
  process.exit(1);
}
console.log('✓ check: content and types are valid');
