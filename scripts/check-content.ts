/**
 * `npm run check:content`: validates every article and scorecard template and reports all
 * problems at once as `file:line  field: expected …, received …`, never a stack trace.
 * The build and the dev server run the same check inside the Setlist integration.
 */
import { checkContentOnDisk, printCheckReport } from '../src/node/check-content-files.ts';
import { siteConfigFor } from './site-options.ts';

if (!printCheckReport((await checkContentOnDisk(process.env, await siteConfigFor('check content'))).report)) {
  console.error('\nFix these and run the command again.');
  process.exit(1);
}
