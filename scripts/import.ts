/**
 * `npm run import -- <file> [--slug s] [--dry-run] [--force]`: turns a plain-text or Markdown
 * export of an article into a draft playbook and its scorecard template (src/authoring/import/
 * reads the export), checks them beside the existing content with the content check, writes
 * them, and reports what it read and what the author must still write. It never replaces an
 * existing article or template without --force; --dry-run prints the files instead.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem, isError } from '../src/authoring/check/index.ts';
import { existingArticles, importArticle, type ImportOptions } from '../src/authoring/import/index.ts';
import { importReportLines } from '../src/authoring/import/report.ts';
import { slugFromPath } from '../src/domain/slug.ts';
import { articlePath } from '../src/domain/urls.ts';
import { readContentSources } from '../src/node/content-files.ts';
import { contentRoot } from '../src/node/env.ts';
import { siteConfigFor } from './site-options.ts';

const usage = 'npm run import -- <export.txt|export.md> [--slug s] [--dry-run] [--force]';
/** Where `npm run dev` serves: Astro's default port. */
const devOrigin = 'http://localhost:4321';

function fail(message: string): never {
  console.error(`✗ import: ${message}`);
  process.exit(1);
}

function commandLine() {
  try {
    return parseArgs({ allowPositionals: true, options: { slug: { type: 'string' }, 'dry-run': { type: 'boolean' }, force: { type: 'boolean' } } });
  } catch (error) {
    return fail(`${(error as Error).message}; usage: ${usage}`);
  }
}

function readExport(file: string): string {
  try {
    // npm runs scripts in the project folder; a relative path means where the author typed it.
    return readFileSync(resolve(process.env.INIT_CWD ?? '.', file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder; expected an export file' : (error as Error).message}`);
  }
}

const { values, positionals } = commandLine();
const [exportFile, ...extra] = positionals;
if (!exportFile || extra.length) fail(`expected one export file, received ${positionals.length}; usage: ${usage}`);
const dryRun = values['dry-run'] === true;
const today = new Date();
const options: Omit<ImportOptions, 'existing'> = {
  text: readExport(exportFile),
  fileName: basename(exportFile),
  ...(values.slug === undefined ? {} : { slug: values.slug }),
  today: `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`,
};

const siteConfig = await siteConfigFor('import');
const root = contentRoot(process.env);
const sources = await readContentSources(root);
let result = importArticle({ ...options, existing: existingArticles(sources.insights) });
if (!result.ok) fail(`${exportFile}: nothing imported: ${result.error}`);
const slug = result.draft.slug;
const replacedArticle = sources.insights.find((source) => slugFromPath(source.file) === slug);
const replacedScorecard = sources.scorecards.find((source) => slugFromPath(source.file) === slug);
const taken = [replacedArticle?.file, replacedScorecard?.file].filter((file) => file !== undefined);
if (taken.length && !values.force && !dryRun)
  fail(`${taken.join(' and ')} already exist${taken.length === 1 ? 's' : ''}; nothing was written (choose another --slug, or --force to replace)`);
// A replaced article gives up its place in the reading order, and its file is the one rewritten.
if (replacedArticle) result = importArticle({ ...options, existing: existingArticles(sources.insights.filter((source) => source !== replacedArticle)) });
if (!result.ok) fail(`${exportFile}: nothing imported: ${result.error}`);
const { draft } = result;
const files = {
  article: replacedArticle?.file ?? relative(process.cwd(), join(root, 'insights', `${slug}.mdx`)),
  scorecard: replacedScorecard?.file ?? relative(process.cwd(), join(root, 'scorecards', `${slug}.yaml`)),
};

// The draft must pass the check every article passes, beside the content it joins.
const checked = checkContent(
  {
    insights: [...sources.insights.filter((source) => source !== replacedArticle), { file: files.article, text: draft.article }],
    scorecards: [...sources.scorecards.filter((source) => source !== replacedScorecard), { file: files.scorecard, text: draft.scorecard }],
    publicFiles: sources.publicFiles,
  },
  siteConfig,
);
const problems = checked.problems.filter((problem) => problem.file === files.article || problem.file === files.scorecard);

if (dryRun) console.log(`--- ${files.article} ---\n${draft.article}\n--- ${files.scorecard} ---\n${draft.scorecard}`);
console.log(importReportLines(draft, { files, previewUrl: new URL(articlePath(siteConfig, slug), devOrigin).href }).join('\n'));
for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
if (problems.some(isError)) fail('the draft does not pass the content check (above); nothing was written');
console.log('✓ the draft passes the content check');
if (dryRun) {
  console.log(`Dry run: nothing written${taken.length ? `; ${taken.join(' and ')} already exist, so a real run needs another --slug or --force` : ''}`);
} else {
  for (const [file, text] of [
    [files.article, draft.article],
    [files.scorecard, draft.scorecard],
  ] as const) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: values.force ? 'w' : 'wx' });
  }
  console.log(`✓ import: wrote ${files.article} and ${files.scorecard}${taken.length ? ` (replacing ${taken.join(' and ')})` : ''}`);
}
