/**
 * `npm run check [-- --strict]`: everything that can be wrong before a build: all content
 * (schemas, cross-article rules, links, teasers, review dates), then TypeScript (`astro check`).
 * Type-checking loads the content through Astro, so it runs only once the content is valid: a
 * content problem is reported once, in Setlist's words, and never followed by Astro's stack trace.
 * A playbook past its review date is a warning; `--strict` makes it an error, for a team's CI.
 */
import { spawnSync } from 'node:child_process';
import { checkContentOnDisk, printCheckReport } from '../src/node/check-content-files.ts';
import { astroCli } from '../src/node/astro-cli.ts';
import { commandArgs } from './command-args.ts';
import { siteConfigFor } from './site-options.ts';

const { values } = commandArgs('check', 'setlist check [--strict]', { options: { strict: { type: 'boolean', default: false } } });
const checked = await checkContentOnDisk(process.env, await siteConfigFor('check'), { strictReviews: values.strict });
if (!printCheckReport(checked.report)) {
  console.error('\n✗ check: content problems above; fix them, then run npm run check again (types are checked once content is valid)');
  process.exit(1);
}
if (spawnSync(process.execPath, [astroCli(), 'check'], { stdio: 'inherit' }).status !== 0) {
  console.error('✗ check: types failed');
  process.exit(1);
}
console.log('✓ check: content and types are valid');
