/**
 * The benchmark corpus: N synthetic articles with Setlist's full anatomy, plus a few shared
 * scorecard templates, the same bytes for the same seed. `generateCorpus` is pure (no clock,
 * no file system) so a test can compare two runs; `writeCorpus` puts the files on disk.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { articlePartTags, type ArticlePartTag } from '../../src/domain/anatomy.ts';
import { isoDate } from '../../src/domain/calendar-date.ts';
import type { FrameworkStep, Insight } from '../../src/schemas/insight.ts';
import type { ScorecardArea } from '../../src/schemas/scorecard.ts';
import { createRandom, type Random } from './prng.ts';
import * as words from './words.ts';

export interface CorpusOptions {
  articles: number;
  seed: number;
}

export interface CorpusFile {
  /** Relative to the corpus root, e.g. `insights/x.mdx` or `scorecards/y.yaml`. */
  path: string;
  text: string;
}

export interface Corpus {
  files: CorpusFile[];
  /** Article slugs, in generation order. */
  slugs: string[];
}

/** Templates are shared, as real authors reuse them; four is enough to exercise the lookup. */
const templateCount = 4;
const stepsPerFramework = 5;
/** Published dates fall before 2026-11-01, so no generated article is dated after the day the bench runs. */
const firstDay = Date.UTC(2023, 0, 1);
const lastDay = Date.UTC(2026, 9, 31);
const dayMs = 86_400_000;

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

/**
 * The narrative `##` sections, keyed by the part tag they come just before; the part order
 * itself comes from anatomy.ts, so the body always follows the canonical order.
 */
function narrativeSections(random: Random, data: Frontmatter, topic: string): Partial<Record<ArticlePartTag, string>> {
  return {
    Framework: `## Why This Matters in ${topic}\n\n${paragraph(random, 4)}`,
    Objections: `## Real-World Example\n\n${sentence(random.pick(words.exampleOpenings), paragraph(random, 3))}\n\n${signalTable(random, data.framework.steps)}`,
    Takeaways: `## Integration With Adjacent Work\n\n${paragraph(random, 3)}\n\n${taskList(random, data.checklist)}`,
  };
}

function generateBody(random: Random, data: Frontmatter, topic: string): string {
  const sections = narrativeSections(random, data, topic);
  const blocks = articlePartTags.flatMap((tag) => [sections[tag], `<${tag} />`].filter((block): block is string => block !== undefined));
  return `${blocks.join('\n\n')}\n`;
}

function articleFile(frontmatter: Frontmatter, body: string, slug: string): CorpusFile {
  // lineWidth 0 keeps one value per line, like hand-written frontmatter; the library quotes
  // any text with ": " so the YAML is always valid.
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return { path: `insights/${slug}.mdx`, text: `---\n${yaml}---\n\n${body}` };
}

function templateFile(template: Template): CorpusFile {
  const data = { title: template.title, version: 1, areas: template.areas };
  return { path: `scorecards/${template.id}.yaml`, text: stringify(data, { lineWidth: 0 }) };
}

function generateArticle(random: Random, template: Template, index: number, position: number): { slug: string; file: CorpusFile } {
  const domain = random.pick(words.domains);
  const topic = random.pick(words.topics);
  const title = random.pick(words.titlePatterns)(domain, topic);
  // The index suffix makes slugs unique however the titles collide.
  const slug = `${slugify(title)}-${index + 1}`;
  const frontmatter = generateFrontmatter(random, template, position, { domain, topic, title });
  return { slug, file: articleFile(frontmatter, generateBody(random, frontmatter, topic), slug) };
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const { articles, seed } = options;
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`expected a whole number of articles >= 1, received ${articles}`);
  const random = createRandom(seed);
  const templates = Array.from({ length: templateCount }, (_, index) => generateTemplate(random, index));
  // Positions are a shuffle of 1..N, so reading order differs from file order as it does in real content.
  const positions = random.shuffle(Array.from({ length: articles }, (_, index) => index + 1));
  const generated = positions.map((position, index) => generateArticle(random, random.pick(templates), index, position));
  return {
    files: [...templates.map(templateFile), ...generated.map((article) => article.file)],
    slugs: generated.map((article) => article.slug),
  };
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Marks a folder as generated, so rewriting it may delete what an earlier run wrote. */
const markerFile = '.setlist-bench-corpus';
const corpusFolders = ['insights', 'scorecards'] as const;

const isInside = (child: string, parent: string): boolean => {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/** Refuses the real content folder, and any folder with content this generator did not write. */
function prepareOutDir(outDir: string): void {
  if (isInside(outDir, join(projectRoot, 'content')))
    throw new Error(`refusing to write the benchmark corpus into ${outDir}: content/ holds the real articles`);
  const hasContent = corpusFolders.some((folder) => existsSync(join(outDir, folder)));
  if (hasContent && !existsSync(join(outDir, markerFile))) {
    throw new Error(`refusing to overwrite ${outDir}: it has insights/ or scorecards/ that the generator did not write`);
  }
  for (const folder of corpusFolders) rmSync(join(outDir, folder), { recursive: true, force: true });
}

/** Writes a corpus to `<outDir>/insights/` and `<outDir>/scorecards/`, replacing an earlier corpus there. */
export function writeCorpus(outDir: string, corpus: Corpus): void {
  const root = resolve(outDir);
  prepareOutDir(root);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, markerFile), 'Written by scripts/bench/generate.ts; safe to delete.\n');
  for (const file of corpus.files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
}
