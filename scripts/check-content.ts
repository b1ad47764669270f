/**
 * `npm run check:content [-- --strict]`: validates every article and scorecard template and
 * reports all problems at once as `file:line  field: expected …, received …`, never a stack
 * trace; `--strict` makes a playbook past its review date an error. The build and the dev server
 * run the same check inside the Setlist integration.
 */
import { checkContentOnDisk, printCheckReport } from '../src/node/check-content-files.ts';
import { commandArgs } from './command-args.ts';
import { siteConfigFor } from './site-options.ts';

const { values } = commandArgs('check-content', 'setlist check-content [--strict]', { options: { strict: { type: 'boolean', default: false } } });
if (!printCheckReport((await checkContentOnDisk(process.env, await siteConfigFor('check content'), { strictReviews: values.strict })).report)) {
  console.error('\nFix these and run the command again.');
  process.exit(1);
}
