/**
 * `npm run new -- "Title" [--tags "a, b"] [--steps 5] [--lang de]`: scaffolds a draft playbook with the
 * full anatomy and its scorecard template (in a language's folder with `--lang`).
 * `npm run new -- --lang de --from <slug>`: scaffolds a translation of an article of the default
 * language, and of its scorecard template unless that language has it. Refuses to overwrite a file
 * or reuse a slug.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/node/env.ts';
import { parseYaml, splitFrontmatter } from '../src/authoring/frontmatter.ts';
import { scaffoldArticle, scaffoldScorecard, scaffoldTemplateTranslation, scaffoldTranslation } from '../src/authoring/scaffold.ts';
import { isRootLocale, localeOfContentFile, pathsInLocale } from '../src/domain/locales.ts';
import { articlePath } from '../src/domain/urls.ts';
import { closestMatch } from '../src/domain/near-miss.ts';
import { slugFromPath } from '../src/domain/slug.ts';
import { taxonomySlug } from '../src/domain/taxonomy.ts';
import { readContentSources } from '../src/node/content-files.ts';
import { localeOption, siteConfigFor } from './site-options.ts';

function fail(message: string): never {
  console.error(`✗ new: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { tags: { type: 'string', default: '' }, steps: { type: 'string', default: '5' }, lang: { type: 'string' }, from: { type: 'string' } },
});
const root = contentRoot(process.env);
const today = new Date();
const isoToday = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

// The site's options are read only for a language other than the default.
const siteConfig = values.lang === undefined ? undefined : await siteConfigFor('new');

const locale = siteConfig ? localeOption(siteConfig, values.lang, 'new') : undefined;
/** Where an article of the chosen language is read, e.g. `/de/insights/<slug>/`. */
const pageOf = (slug: string) => (siteConfig && locale ? articlePath(pathsInLocale(siteConfig, locale), slug) : `/insights/${slug}/`);
const folderOf = (collection: 'insights' | 'scorecards') => (locale ? join(root, collection, locale.key) : join(root, collection));

if (values.from !== undefined) {
  if (!siteConfig || !locale) fail('--from: expected --lang too, the language to translate into: npm run new -- --lang de --from <slug>');
  const { locales } = siteConfig;
  const sources = await readContentSources(root, undefined, locales);
  const inDefault = sources.insights.filter((source) => isRootLocale(localeOfContentFile(source.inCollection ?? '', locales)));
  const original = inDefault.find((source) => slugFromPath(source.file) === values.from);
  if (!original) {
    const suggestion = closestMatch(
      values.from,
      inDefault.map((source) => slugFromPath(source.file)),
    );
    fail(`--from: no article "${values.from}" in ${join(root, 'insights')}/${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
  }
  const { yaml, body } = splitFrontmatter(original.text);
  const data = yaml === undefined ? undefined : (parseYaml(yaml).data as Record<string, unknown> | undefined);
  if (!data) fail(`--from: ${original.file} has no frontmatter to translate; fix it first (npm run check)`);
  const articleFile = join(folderOf('insights'), `${values.from}.mdx`);
  if (existsSync(articleFile)) fail(`${articleFile} already exists; nothing was written`);
  const templateId = (data.scorecard as { template?: unknown } | undefined)?.template;
  const template = sources.scorecards.find(
    (source) =>
      typeof templateId === 'string' && slugFromPath(source.file) === templateId && isRootLocale(localeOfContentFile(source.inCollection ?? '', locales)),
  );
  const templateFile = typeof templateId === 'string' ? join(folderOf('scorecards'), `${templateId}.yaml`) : undefined;
  mkdirSync(folderOf('insights'), { recursive: true });
  writeFileSync(articleFile, scaffoldTranslation({ data, body }, isoToday), { flag: 'wx' });
  const written = [articleFile];
  if (template && templateFile && !existsSync(templateFile)) {
    mkdirSync(folderOf('scorecards'), { recursive: true });
    writeFileSync(templateFile, scaffoldTemplateTranslation(parseYaml(template.text).data as Record<string, unknown>), { flag: 'wx' });
    written.push(templateFile);
  }
  console.log(`✓ new: ${written.join(' and ')} (draft translation into ${locale.label} of ${original.file})
  Until it is published, ${pageOf(values.from)} shows the original with a notice. Translate every "TODO:" (the original's words follow it), then set draft: false.`);
  process.exit(0);
}

const title = positionals.join(' ').trim();
if (!title)
  fail(
    'expected a title: npm run new -- "Your Playbook Title" [--tags "a, b"] [--steps 5] [--lang de], or a translation: npm run new -- --lang de --from <slug>',
  );
const steps = Number(values.steps);
if (!Number.isInteger(steps) || steps < 1 || steps > 9) fail(`--steps: expected a whole number from 1 to 9, received "${values.steps}"`);
const slug = taxonomySlug(title);
if (!slug) fail(`the title "${title}" gives no usable slug; use letters or digits`);

const sources = await readContentSources(root);
const taken = sources.insights.find((source) => slugFromPath(source.file) === slug);
if (taken) fail(`the slug "${slug}" is taken by ${taken.file}; choose another title`);
const articleFile = join(folderOf('insights'), `${slug}.mdx`);
const scorecardFile = join(folderOf('scorecards'), `${slug}.yaml`);
for (const file of [articleFile, scorecardFile]) if (existsSync(file)) fail(`${file} already exists; nothing was written`);

// The next place in the reading order, after every article whose position can be read.
const positions = sources.insights.map((source) => {
  const { yaml } = splitFrontmatter(source.text);
  const data = yaml === undefined ? undefined : parseYaml(yaml).data;
  const position = (data as { position?: unknown } | undefined)?.position;
  return typeof position === 'number' ? position : 0;
});
const input = {
  title,
  slug,
  published: isoToday,
  position: Math.max(0, ...positions) + 1,
  tags: values.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean),
  steps,
};

mkdirSync(folderOf('insights'), { recursive: true });
mkdirSync(folderOf('scorecards'), { recursive: true });
writeFileSync(articleFile, scaffoldArticle(input), { flag: 'wx' });
writeFileSync(scorecardFile, scaffoldScorecard(input), { flag: 'wx' });
console.log(`✓ new: ${articleFile} (draft, position ${input.position}) and ${scorecardFile}
  Preview it with npm run dev at ${pageOf(slug)}, replace every "TODO:", then set draft: false.`);
