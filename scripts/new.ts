/**
 * `npm run new -- "Title" [--tags "a, b"] [--steps 5]`: scaffolds a draft playbook with the
 * full anatomy and its scorecard template. Refuses to overwrite a file or reuse a slug.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/node/env.ts';
import { parseYaml, splitFrontmatter } from '../src/authoring/frontmatter.ts';
import { scaffoldArticle, scaffoldScorecard } from '../src/authoring/scaffold.ts';
import { slugFromPath } from '../src/domain/slug.ts';
import { taxonomySlug } from '../src/domain/taxonomy.ts';
import { readContentSources } from '../src/node/content-files.ts';

function fail(message: string): never {
  console.error(`✗ new: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { tags: { type: 'string', default: '' }, steps: { type: 'string', default: '5' } },
});
const title = positionals.join(' ').trim();
if (!title) fail('expected a title: npm run new -- "Your Playbook Title" [--tags "a, b"] [--steps 5]');
const steps = Number(values.steps);
if (!Number.isInteger(steps) || steps < 1 || steps > 9) fail(`--steps: expected a whole number from 1 to 9, received "${values.steps}"`);
const slug = taxonomySlug(title);
if (!slug) fail(`the title "${title}" gives no usable slug; use letters or digits`);

const root = contentRoot(process.env);
const sources = await readContentSources(root);
const taken = sources.insights.find((source) => slugFromPath(source.file) === slug);
if (taken) fail(`the slug "${slug}" is taken by ${taken.file}; choose another title`);
const articleFile = join(root, 'insights', `${slug}.mdx`);
const scorecardFile = join(root, 'scorecards', `${slug}.yaml`);
for (const file of [articleFile, scorecardFile]) if (existsSync(file)) fail(`${file} already exists; nothing was written`);

// The next place in the reading order, after every article whose position can be read.
const positions = sources.insights.map((source) => {
  const { yaml } = splitFrontmatter(source.text);
  const data = yaml === undefined ? undefined : parseYaml(yaml).data;
  const position = (data as { position?: unknown } | undefined)?.position;
  return typeof position === 'number' ? position : 0;
});
const today = new Date();
const published = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
const input = {
  title,
  slug,
  published,
  position: Math.max(0, ...positions) + 1,
  tags: values.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean),
  steps,
};

mkdirSync(join(root, 'scorecards'), { recursive: true });
writeFileSync(articleFile, scaffoldArticle(input), { flag: 'wx' });
writeFileSync(scorecardFile, scaffoldScorecard(input), { flag: 'wx' });
console.log(`✓ new: ${articleFile} (draft, position ${input.position}) and ${scorecardFile}
  Preview it with npm run dev at /insights/${slug}/, replace every "TODO:", then set draft: false.`);
