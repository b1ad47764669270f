/**
 * The benchmark corpus: N synthetic articles with Setlist's full anatomy, plus a few shared
 * scorecard templates, the component and the images some bodies use, the same bytes for the same
 * seed. `generateCorpus` is pure (no clock, no file system) so a test can compare two runs;
 * `writeCorpus` puts the files on disk.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { articlePartTags, type ArticlePartTag } from '../../src/domain/anatomy.ts';
import { isoDate } from '../../src/domain/calendar-date.ts';
import type { FrameworkStep, Insight } from '../../src/schemas/insight.ts';
import type { ScorecardArea } from '../../src/schemas/scorecard.ts';
import { calloutKinds } from '../../src/markdown/callouts.ts';
import { corpusImages, noteComponent, type CorpusImage } from './corpus-assets.ts';
import { createRandom, type Random } from './prng.ts';
import * as words from './words.ts';

export interface CorpusOptions {
  articles: number;
  seed: number;
}

export interface CorpusFile {
  /** Relative to the corpus root, e.g. `insights/x.mdx`, `scorecards/y.yaml` or `components/Note.astro`. */
  path: string;
  /** Text, written as UTF-8, or the bytes of a binary file (an image). */
  content: string | Uint8Array;
}

/**
 * What bodies use beyond Markdown, part tags and tables: a component (the body is then compiled by
 * @astrojs/mdx instead of rendered as it loads), an image beside the article with a code block
 * (Astro's image pipeline and Shiki), a callout.
 */
export type BodyFeature = 'component' | 'imageAndCode' | 'callout';

/** How many articles have each body feature. */
export type CorpusMix = Record<BodyFeature, number>;

export interface Corpus {
  files: CorpusFile[];
  /** Article slugs, in generation order. */
  slugs: string[];
  mix: CorpusMix;
}

/** Templates are shared, as real authors reuse them; four is enough to exercise the lookup. */
const templateCount = 4;
const stepsPerFramework = 5;
/** Published dates fall before 2026-11-01, so no generated article is dated after the day the bench runs. */
const firstDay = Date.UTC(2023, 0, 1);
const lastDay = Date.UTC(2026, 9, 31);
const dayMs = 86_400_000;
/**
 * One article in this many has the feature; the component is rarer, as most real bodies need none.
 * Each feature is drawn on its own, so an article may have several.
 */
const oneArticleIn: Record<BodyFeature, number> = { component: 10, imageAndCode: 5, callout: 5 };

interface Template {
  id: string;
  title: string;
  areas: ScorecardArea[];
}

/** Frontmatter as written: dates stay `YYYY-MM-DD` strings, the way authors type them. */
type Frontmatter = Omit<Insight, 'published' | 'updated'> & { published: string; updated?: string };

const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const sentence = (...parts: string[]): string => parts.join(' ');

function generateTemplate(random: Random, index: number): Template {
  const qualities = random.sample(words.stepQualities, stepsPerFramework);
  const capabilities = random.sample(words.stepCapabilities, stepsPerFramework);
  const areas = qualities.map((quality, i): ScorecardArea => {
    const title = `${quality} ${capabilities[i] ?? 'Form'}`;
    const lower = title.toLowerCase();
    return {
      id: slugify(title),
      title,
      evidencePrompt: `Defined owner, boundary, and current signal for ${lower}`,
      nextMovePrompt: `One measurable improvement move for ${lower}`,
    };
  });
  return { id: `bench-scorecard-${index + 1}`, title: `${areas[0]?.title ?? 'Operating'} Scorecard ${index + 1}`, areas };
}

function operatorCheck(random: Random): string {
  const qualifier = random.next() < 0.25 ? [random.pick(words.qualifiers)] : [];
  return `${sentence(random.pick(words.subjects), random.pick(words.predicates), ...qualifier)}.`;
}

/** Steps take their ids and titles from the template, so areas and steps match one to one. */
function generateSteps(random: Random, template: Template): FrameworkStep[] {
  return template.areas.map((area) => ({
    id: area.id,
    title: area.title,
    summary: `${area.title} is operating behaviour, not design intent: give it a boundary, a test and an owner.`,
    operatorChecks: Array.from({ length: random.int(3, 5) }, () => operatorCheck(random)),
  }));
}

function generateChecklist(random: Random): string[] {
  const count = random.int(8, 12);
  const objects = random.sample(words.checklistObjects, count);
  return objects.map((object) => sentence(random.pick(words.checklistVerbs), object, random.pick(words.checklistEndings)));
}

function generateDates(random: Random): Pick<Frontmatter, 'published' | 'updated'> {
  const publishedMs = firstDay + random.int(0, (lastDay - firstDay) / dayMs) * dayMs;
  if (random.next() >= 0.3) return { published: isoDate(new Date(publishedMs)) };
  const updatedMs = Math.min(lastDay, publishedMs + random.int(7, 120) * dayMs);
  return { published: isoDate(new Date(publishedMs)), updated: isoDate(new Date(updatedMs)) };
}

interface Theme {
  domain: string;
  topic: string;
  title: string;
}

type ReviewParts = Pick<Frontmatter, 'objections' | 'cadence' | 'failureSignals' | 'leadershipQuestions'>;

/** The parts an article uses to run the framework after launch; drawn from shared pools, as authors reuse them. */
function generateReviewParts(random: Random): ReviewParts {
  return {
    objections: random.sample(words.objections, 3).map((objection) => ({ objection, rebuttal: random.pick(words.rebuttals) })),
    cadence: {
      summary: 'Framework quality depends on cadence: keep the loop short enough to sustain and explicit enough to prevent drift.',
      rhythms: random.sample(words.rhythms, random.int(3, 4)).map((rhythm) => ({ ...rhythm })),
    },
    failureSignals: {
      intro: 'Early warning signals are usually behavioural before they are technical. Watch for:',
      signals: random.sample(words.failureSignals, 3),
      response: 'If these signals appear, pause expansion briefly and tighten the operating model.',
    },
    leadershipQuestions: random.sample(words.leadershipQuestions, 4),
  };
}

/** Four or five step takeaways, sometimes one general one: 4-6 in all. */
function generateTakeaways(random: Random, steps: readonly FrameworkStep[]): string[] {
  const perStep = random.sample(steps, random.int(4, 5)).map((step) => `${step.title} only counts when it shows up in the weekly review.`);
  return random.next() < 0.5 ? [...perStep, 'A debrief is finished only when it changes the form the team plays from.'] : perStep;
}

function generateFrontmatter(random: Random, template: Template, position: number, theme: Theme): Frontmatter {
  const { domain, topic, title } = theme;
  const steps = generateSteps(random, template);
  const stepTitles = steps.map((step) => step.title);
  const frameworkName = `${domain} ${topic.split(' ')[0] ?? 'Operations'} ${random.pick(words.frameworkKinds)}`;
  return {
    title,
    description: `${topic} works better with the habits of ${domain.toLowerCase()}: a shared form, clean handoffs and a steady rhythm.`,
    ...generateDates(random),
    tags: random.sample(words.tags, random.int(2, 4)),
    draft: false,
    position,
    tldr: [
      `${topic} behaves like ${domain.toLowerCase()} done well: a shared form gives people room to adapt under pressure.`,
      `The ${frameworkName} has ${steps.length} steps (${stepTitles.join(', ')}), each with checks you can see in a weekly review.`,
      'Score every step from 1 to 5 in one session; the weakest area is your first move.',
    ],
    framework: {
      name: frameworkName,
      intro: 'Treat the steps below as a sequence with owners, thresholds and explicit handoffs, visible in the weekly review.',
      steps,
    },
    scorecard: {
      template: template.id,
      usage: 'Use this scorecard in one cross-functional session. The purpose is shared reality and a prioritised first move.',
    },
    checklist: generateChecklist(random),
    ...generateReviewParts(random),
    ninetyDays: `By day 90, teams can explain why critical decisions happened, who owns each escalation path, and how ${stepTitles[0]?.toLowerCase() ?? 'the form'} holds up without one hero.`,
    takeaways: generateTakeaways(random, steps),
    teaser: `The best ${topic.toLowerCase()} work I have seen feels more like ${domain.toLowerCase()} than a rigid machine.`,
    cta: random.pick(words.ctas),
  };
}

function paragraph(random: Random, count: number): string {
  return random.sample(words.narrativeSentences, count).join(' ');
}

/** A GFM table: one row per step, so the body exercises table rendering at a realistic size. */
function signalTable(random: Random, steps: readonly FrameworkStep[]): string {
  const header = `| ${words.tableHeaders.join(' | ')} |`;
  const rule = `| ${words.tableHeaders.map(() => '---').join(' | ')} |`;
  const rows = steps.map((step) => `| ${step.title} | ${random.pick(words.owners)} | ${random.pick(words.reviewIntervals)} |`);
  return [header, rule, ...rows].join('\n');
}

/** A GFM task list, done and open items, which the site renders with its own checkbox component. */
function taskList(random: Random, checklist: readonly string[]): string {
  return random
    .sample(checklist, 3)
    .map((item) => `- [${random.next() < 0.3 ? 'x' : ' '}] ${item}`)
    .join('\n');
}

/** Where an article goes and what its body uses, settled before its text is drawn. */
interface ArticleShape {
  path: string;
  features: ReadonlySet<BodyFeature>;
}

/** The path from one corpus file to another as an import or an image writes it: `./x.png`, `../components/Note.astro`. */
function pathFrom(fromFile: string, toFile: string): string {
  const path = posix.relative(posix.dirname(fromFile), toFile);
  return path.startsWith('../') ? path : `./${path}`;
}

/** The images sit beside the articles, where the content check tells an author to save a picture. */
const imagePath = (image: CorpusImage): string => `insights/${image.name}`;

/** Markdown blocks, blank lines between, leaving out the ones an article does not have. */
const blocks = (...parts: (string | false)[]): string => parts.filter((part) => part !== false).join('\n\n');

/** Two sentences in the corpus's component (`<Note>`); its import heads the body. */
function note(random: Random): string {
  const { name } = noteComponent;
  return `<${name} label="${random.pick(words.noteLabels)}">\n${paragraph(random, 2)}\n</${name}>`;
}

/** An image, half of them with a caption (a figure), then a fenced code block naming one of the article's steps. */
function imageAndCode(random: Random, file: string, steps: readonly FrameworkStep[]): string {
  const image = random.pick(corpusImages);
  const caption = random.next() < 0.5 ? ` "${image.caption}"` : '';
  const { leadIn, language, code } = random.pick(words.codeSamples)(random.pick(steps).id);
  return blocks(`![${image.alt}](${pathFrom(file, imagePath(image))}${caption})`, leadIn, `\`\`\`${language}\n${code}\n\`\`\``);
}

/** A callout of any kind, half of them with a title. */
function callout(random: Random): string {
  const title = random.next() < 0.5 ? `[${random.pick(words.calloutTitles)}]` : '';
  return `:::${random.pick(calloutKinds)}${title}\n${random.pick(words.calloutTexts)}\n:::`;
}

/**
 * The narrative `##` sections, keyed by the part tag they come just before; the part order
 * itself comes from anatomy.ts, so the body always follows the canonical order.
 */
function narrativeSections(random: Random, data: Frontmatter, topic: string, article: ArticleShape): Partial<Record<ArticlePartTag, string>> {
  const { features } = article;
  return {
    Framework: blocks(`## Why This Matters in ${topic}`, paragraph(random, 4), features.has('component') && note(random)),
    Objections: blocks(
      '## Real-World Example',
      sentence(random.pick(words.exampleOpenings), paragraph(random, 3)),
      signalTable(random, data.framework.steps),
      features.has('imageAndCode') && imageAndCode(random, article.path, data.framework.steps),
    ),
    Takeaways: blocks('## Integration With Adjacent Work', paragraph(random, 3), features.has('callout') && callout(random), taskList(random, data.checklist)),
  };
}

function generateBody(random: Random, data: Frontmatter, topic: string, article: ArticleShape): string {
  const sections = narrativeSections(random, data, topic, article);
  const imports = article.features.has('component') ? [`import ${noteComponent.name} from '${pathFrom(article.path, noteComponent.path)}';`] : [];
  const parts = articlePartTags.flatMap((tag) => [sections[tag], `<${tag} />`].filter((block): block is string => block !== undefined));
  return `${[...imports, ...parts].join('\n\n')}\n`;
}

function articleText(frontmatter: Frontmatter, body: string): string {
  // lineWidth 0 keeps one value per line, like hand-written frontmatter; the library quotes
  // any text with ": " so the YAML is always valid.
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${body}`;
}

function templateFile(template: Template): CorpusFile {
  const data = { title: template.title, version: 1, areas: template.areas };
  return { path: `scorecards/${template.id}.yaml`, content: stringify(data, { lineWidth: 0 }) };
}

function generateArticle(
  random: Random,
  template: Template,
  index: number,
  position: number,
  features: ReadonlySet<BodyFeature>,
): { slug: string; file: CorpusFile } {
  const domain = random.pick(words.domains);
  const topic = random.pick(words.topics);
  const title = random.pick(words.titlePatterns)(domain, topic);
  // The index suffix makes slugs unique however the titles collide.
  const slug = `${slugify(title)}-${index + 1}`;
  const article: ArticleShape = { path: `insights/${slug}.mdx`, features };
  const frontmatter = generateFrontmatter(random, template, position, { domain, topic, title });
  return { slug, file: { path: article.path, content: articleText(frontmatter, generateBody(random, frontmatter, topic, article)) } };
}

/**
 * The articles (by index) that get a feature had by one in `every`: one at a random place in each
 * run of `every` articles, so the share holds in any stretch of the corpus and at any size (a last,
 * shorter run gets one only if its draw falls inside it).
 */
function oneIn(random: Random, every: number, articles: number): Set<number> {
  const chosen = new Set<number>();
  for (let start = 0; start < articles; start += every) {
    const index = start + random.int(0, every - 1);
    if (index < articles) chosen.add(index);
  }
  return chosen;
}

/** The mix in words, for the bench's report: `2 with a component, 4 with an image and code, 4 with a callout`. */
export function describeMix(mix: CorpusMix): string {
  return `${mix.component} with a component, ${mix.imageAndCode} with an image and code, ${mix.callout} with a callout`;
}

/** The files every article may refer to, whether or not any does: the component and the images. */
const assetFiles = (): CorpusFile[] => [
  { path: noteComponent.path, content: noteComponent.text },
  ...corpusImages.map((image) => ({ path: imagePath(image), content: image.bytes })),
];

export function generateCorpus(options: CorpusOptions): Corpus {
  const { articles, seed } = options;
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`expected a whole number of articles >= 1, received ${articles}`);
  const random = createRandom(seed);
  const templates = Array.from({ length: templateCount }, (_, index) => generateTemplate(random, index));
  // Positions are a shuffle of 1..N, so reading order differs from file order as it does in real content.
  const positions = random.shuffle(Array.from({ length: articles }, (_, index) => index + 1));
  const bodyFeatures = Object.keys(oneArticleIn) as BodyFeature[];
  const chosen = bodyFeatures.map((feature) => [feature, oneIn(random, oneArticleIn[feature], articles)] as const);
  const featuresOf = (index: number) => new Set(chosen.filter(([, indexes]) => indexes.has(index)).map(([feature]) => feature));
  const generated = positions.map((position, index) => generateArticle(random, random.pick(templates), index, position, featuresOf(index)));
  return {
    files: [...templates.map(templateFile), ...assetFiles(), ...generated.map((article) => article.file)],
    slugs: generated.map((article) => article.slug),
    mix: Object.fromEntries(chosen.map(([feature, indexes]) => [feature, indexes.size])) as CorpusMix,
  };
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Marks a folder as generated, so rewriting it may delete what an earlier run wrote. */
const markerFile = '.setlist-bench-corpus';
const corpusFolders = ['insights', 'scorecards', 'components'] as const;

const isInside = (child: string, parent: string): boolean => {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/** Refuses the real content folder, and any folder with content this generator did not write. */
function prepareOutDir(outDir: string): void {
  if (isInside(outDir, join(projectRoot, 'content')))
    throw new Error(`refusing to write the benchmark corpus into ${outDir}: content/ holds the real articles`);
  const present = corpusFolders.filter((folder) => existsSync(join(outDir, folder)));
  if (present.length && !existsSync(join(outDir, markerFile))) {
    throw new Error(`refusing to overwrite ${outDir}: it has ${present.map((folder) => `${folder}/`).join(' and ')} that the generator did not write`);
  }
  for (const folder of corpusFolders) rmSync(join(outDir, folder), { recursive: true, force: true });
}

/** Writes a corpus to `<outDir>/insights/`, `scorecards/` and `components/`, replacing an earlier corpus there. */
export function writeCorpus(outDir: string, corpus: Corpus): void {
  const root = resolve(outDir);
  prepareOutDir(root);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, markerFile), 'Written by scripts/bench/generate.ts; safe to delete.\n');
  for (const file of corpus.files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}
