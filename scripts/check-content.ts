/**
 * Validates every article and scorecard template before Astro sees them, and reports all
 * problems at once as `file:line  field: expected …, received …`, never a stack trace.
 * `npm run check:content`; `npm run build` runs the same check first.
 */
import { checkAndReport } from './content-report.ts';

if (!(await checkAndReport())) process.exit(1);
