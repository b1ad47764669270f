/**
 * Validates every article and scorecard template before Astro sees them, and reports all
 * problems at once as `file:line  field: expected …, received …`, never a stack trace.
 * `npm run check:content`; `npm run build` runs it first.
 */
import { join } from 'node:path';
import { checkContent, formatProblem, isError } from '../src/authoring/check/index.ts';
import { contentRoot } from '../src/node/env.ts';
import { siteConfig } from '../src/site.config.ts';
import { readContentSources } from '../src/node/content-files.ts';

/** Checks all content and prints the report (warnings, then errors or a one-line summary); true when there is no error. */
async function checkAndReport(): Promise<boolean> {
  const root = contentRoot(process.env);
  const sources = await readContentSources(root);
  if (sources.insights.length === 0) {
    console.error(`✗ content: no articles found in ${join(root, 'insights')}/ (expected at least one .mdx file)`);
    return false;
  }
  const { problems, articles, scorecards } = checkContent(sources, siteConfig);
  const errors = problems.filter(isError);
  const warnings = problems.filter((problem) => !isError(problem));
  for (const warning of warnings) console.warn(`  ${formatProblem(warning)}`);
  if (errors.length) {
    console.error(`✗ content: ${errors.length} problem${errors.length === 1 ? '' : 's'} found\n`);
    for (const problem of errors) console.error(`  ${formatProblem(problem)}`);
    console.error('\nFix these and run the command again.');
    return false;
  }
  const drafts = articles.filter((article) => article.data.draft).length;
  const warned = warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
  console.log(`✓ content: ${articles.length} articles (${drafts} drafts), ${scorecards.length} scorecard templates, all valid${warned}`);
  return true;
}

if (!(await checkAndReport())) process.exit(1);
