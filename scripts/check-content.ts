/**
 * Validates every article and scorecard template before Astro sees them, and reports all
 * problems at once as `file:line  field: expected …, received …`, never a stack trace.
 * Runs first in `npm run build`; usable alone as `npm run check:content`.
 */
import { glob, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkContent, formatProblem, type SourceFile } from '../src/lib/content-check.ts';
import { contentRoot, insightsGlob, scorecardsGlob } from '../src/lib/content-paths.ts';

async function readAll(folder: string, pattern: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for await (const path of glob(pattern, { cwd: folder })) {
    const full = join(folder, path);
    files.push({ file: relative(process.cwd(), full), text: await readFile(full, 'utf8') });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

const root = contentRoot(process.env);
const insights = await readAll(join(root, 'insights'), insightsGlob);
const scorecards = await readAll(join(root, 'scorecards'), scorecardsGlob);

if (insights.length === 0) {
  console.error(`✗ content: no articles found in ${join(root, 'insights')}/ (expected at least one .mdx file)`);
  process.exit(1);
}

const { problems, articles } = checkContent({ insights, scorecards });
if (problems.length) {
  console.error(`✗ content: ${problems.length} problem${problems.length === 1 ? '' : 's'} found\n`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  console.error('\nFix these and run the command again.');
  process.exit(1);
}
const drafts = articles.filter((article) => article.data.draft).length;
console.log(`✓ content: ${articles.length} articles (${drafts} drafts), ${scorecards.length} scorecard templates, all valid`);
