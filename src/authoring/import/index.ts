/**
 * `npm run import`'s logic: an article exported as plain text or Markdown becomes a draft
 * Setlist article and its scorecard template. Each section the export has fills its part;
 * narrative sections become the body in their order, around the part tags; what the export
 * lost becomes a "TODO:" note saying what belongs there, so the draft is valid but cannot be
 * published until the author writes it. Pure: the command reads and writes the files.
 */
import type { z } from 'zod';
import { articleParts, type ArticlePartTag } from '../../domain/anatomy.ts';
import { readCalendarDate } from '../../domain/calendar-date.ts';
import { taxonomySlug } from '../../domain/taxonomy.ts';
import { insightSchema } from '../../schemas/insight.ts';
import type { scorecardTemplateSchema } from '../../schemas/scorecard.ts';
import { idPattern } from '../../schemas/shared.ts';
import { articleFile, yamlText } from '../article-file.ts';
import { placeholders } from '../check/publishing.ts';
import { todo } from '../scaffold.ts';
import { blocksAsMdx, blocksOf, type Block } from './blocks.ts';
import { mdxText, normaliseExport, notReadableText, plainInline } from './export-text.ts';
import { cadenceField } from './fields/cadence.ts';
import { failureSignalsField } from './fields/failure-signals.ts';
import { frameworkField } from './fields/framework.ts';
import { objectionsField } from './fields/objections.ts';
import { partHeading, partSections } from './fields/part-sections.ts';
import { scorecardField } from './fields/scorecard.ts';
import { teaserField } from './fields/teaser.ts';
import { listField, proseField } from './fields/text.ts';
import { descriptionOf } from './parts.ts';
import { readingPosition, type ExistingArticle } from './reading-order.ts';
import type { ImportReport } from './report.ts';
import { readScorecardSection, rowFor } from './scorecard-table.ts';
import { splitExport, type PartSection, type SplitExport, type StepSection } from './sections.ts';

export { existingArticles } from './reading-order.ts';

type InsightInput = z.input<typeof insightSchema>;
type ScorecardInput = z.input<typeof scorecardTemplateSchema>;

export interface ImportOptions {
  /** The export's text, as read from its file. */
  text: string;
  /** The export's file name: the title when the export has none of its own. */
  fileName: string;
  /** `--slug`: the article's slug, instead of the one the export's URL or title gives. */
  slug?: string;
  /** `YYYY-MM-DD`: the published date unless the export has one. */
  today: string;
  /** The site's articles, to position this one between its Previous and Next in the reading order. */
  existing: readonly ExistingArticle[];
}

export interface ImportedDraft {
  slug: string;
  title: string;
  position: number;
  /** The article file's text, for `content/insights/<slug>.mdx`. */
  article: string;
  /** The scorecard template's text, for `content/scorecards/<slug>.yaml`; its id is the slug. */
  scorecard: string;
  report: ImportReport;
}

export type ImportResult = { ok: true; draft: ImportedDraft } | { ok: false; error: string };

const titleLimit = insightSchema.shape.title.maxLength ?? Number.POSITIVE_INFINITY;
const descriptionLimit = insightSchema.shape.description.maxLength ?? Number.POSITIVE_INFINITY;

const smallWords = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'via', 'with']);

/** `["jazz", "and", "reliable", "systems"]` → "Jazz and Reliable Systems". */
function titleOfWords(words: readonly string[]): string {
  return words
    .map((word, index) => (index > 0 && smallWords.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** A title from a file name made of words ("03_jazz-and-reliable-systems.txt"); none from a number or a hash ("000_f993ccf0994dd598.txt"). */
function titleOfFileName(fileName: string): string | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]*$/, '').replace(/^\d+(?:[_\-. ]+|$)/, '');
  const words = base.split(/[_\-. ]+/).filter(Boolean);
  const isWord = (word: string) => /\p{L}/u.test(word) && !/^(?=.*\d)[\p{L}\d]{8,}$/u.test(word);
  return words.length && words.every(isWord) ? titleOfWords(words) : undefined;
}

/** The slug at the end of an article URL (`…/insights/jazz-and-reliable-systems/`). */
function slugOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ? taxonomySlug(decodeURIComponent(last)) || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** Everything the sections say about one article, gathered before the fields are filled. */
interface Gathered {
  parts: Map<ArticlePartTag, PartSection>;
  steps: StepSection[];
  before: Map<ArticlePartTag, string[]>;
  after: string[];
  report: ImportReport;
}

const narrativeMdx = (heading: string | undefined, blocks: readonly Block[]) =>
  [heading === undefined ? undefined : `## ${mdxText(heading)}`, blocksAsMdx(blocks)].filter(Boolean).join('\n\n');

/**
 * Sorts the sections: parts (a repeated part's lines joined), steps, and narrative, which goes
 * before the next part the export has after it (the body places parts in the anatomy's order).
 */
function gather(exported: SplitExport, intro: readonly Block[], report: ImportReport): Gathered {
  const gathered: Gathered = { parts: new Map(), steps: [], before: new Map(), after: [], report };
  let pending = intro.length ? [narrativeMdx(undefined, intro)] : [];
  const order: number[] = [];
  for (const section of exported.sections) {
    if (section.kind === 'narrative') {
      pending.push(narrativeMdx(section.heading, blocksOf(section.lines)));
      report.narrative.push(section.heading);
    } else if (section.kind === 'step') gathered.steps.push(section);
    else {
      gathered.before.set(section.tag, [...(gathered.before.get(section.tag) ?? []), ...pending]);
      pending = [];
      order.push(articleParts.findIndex((part) => part.tag === section.tag));
      const earlier = gathered.parts.get(section.tag);
      if (earlier) {
        earlier.lines.push('', ...section.lines);
        report.notes.push(`"${section.heading}" appears twice; both are read as one ${partHeading(section.tag)} section`);
      } else gathered.parts.set(section.tag, { ...section, lines: [...section.lines] });
    }
  }
  gathered.after = pending;
  if (order.some((index, at) => at > 0 && index < order[at - 1]!))
    report.notes.push("the export's parts are not in Setlist's order; the body places them in the anatomy's order");
  return gathered;
}

/** Fills the article's fields from the gathered sections, with a TODO note wherever the export has nothing. */
function articleFields(gathered: Gathered, exported: SplitExport) {
  const parts = partSections(gathered.parts, gathered.before, gathered.report);
  const table = readScorecardSection(
    parts.section('Scorecard')?.lines ?? [],
    gathered.steps.map((step) => step.title),
  );
  const tldr = listField(parts, 'Tldr', 'the key points, one sentence each');
  const framework = frameworkField(parts, gathered.steps, table.rows);
  const scorecard = scorecardField(parts, table, framework.steps);
  const objections = objectionsField(parts);
  const cadence = cadenceField(parts);
  const failureSignals = failureSignalsField(parts);
  const teaser = teaserField(parts);
  const checklist = listField(parts, 'Checklist', 'the practical checklist, one concrete action a line');
  const leadershipQuestions = listField(parts, 'LeadershipQuestions', 'questions for the monthly review');
  const ninetyDays = proseField(parts, 'NinetyDays', 'what a team can show after 90 days');
  const takeaways = listField(parts, 'Takeaways', 'the key takeaways, one a line');
  const cta = proseField(parts, 'ClosingCta', 'the closing question to readers');
  parts.reportParts();
  if (exported.footer) gathered.report.recognised.push('footer (Previous | All insights | Next)');
  const fields = {
    tldr,
    framework,
    scorecard,
    checklist,
    objections,
    cadence,
    failureSignals,
    leadershipQuestions,
    ninetyDays,
    takeaways,
    teaser: teaser.teaser,
    cta,
  };
  return { fields, scorecardRows: table.rows, teaserUrl: teaser.url };
}

/** Turns an export into a draft article and scorecard template, or says why the file is not an article. */
export function importArticle(options: ImportOptions): ImportResult {
  const text = normaliseExport(options.text);
  const unreadable = notReadableText(text);
  if (unreadable) return { ok: false, error: `${unreadable}; expected a plain-text or Markdown export of an article` };
  if (options.slug !== undefined && !idPattern.safeParse(options.slug).success)
    return { ok: false, error: `--slug "${options.slug}": expected lowercase words joined by hyphens, like "jazz-and-reliable-systems"` };
  const exported = splitExport(text);
  if (!exported.sections.some((section) => section.kind !== 'narrative')) {
    return {
      ok: false,
      error:
        'no section of a Setlist article was found; expected section titles on lines of their own, such as "TL;DR", "Core Framework: …", "Step 1: …", "Reusable Scorecard" or "Practical Checklist"',
    };
  }
  const report: ImportReport = { recognised: [], narrative: [], missing: [], unplaced: [], todo: [], notes: [], renumber: [] };

  // The lede: its first paragraph is the description, anything more opens the body.
  const lede = blocksOf(exported.lede);
  const first = lede[0]?.kind === 'paragraph' ? plainInline(lede[0].text) : undefined;
  const description = exported.meta.description ?? (first === undefined ? undefined : descriptionOf(first, descriptionLimit));
  const intro = description !== undefined && description === first ? lede.slice(1) : lede;
  if (first !== undefined && description !== first && !exported.meta.description)
    report.notes.push(
      `the lede is longer than ${descriptionLimit} characters: it opens the body, and the description is ${description ? 'its first sentence' : 'a TODO'}`,
    );

  const gathered = gather(exported, intro, report);
  const { fields, scorecardRows, teaserUrl } = articleFields(gathered, exported);

  const candidates: [string | undefined, string][] = [
    [exported.meta.title, "the export's frontmatter"],
    [exported.title, "the export's title line"],
    [titleOfFileName(options.fileName), `the file name (${options.fileName})`],
    [slugOfUrl(teaserUrl) && titleOfWords(slugOfUrl(teaserUrl)!.split('-')), `the teaser's "Full article:" URL`],
    [options.slug && titleOfWords(options.slug.split('-')), '--slug'],
  ];
  const [title, titleSource] = candidates.find(([candidate]) => candidate && candidate.length <= titleLimit) ?? [undefined, ''];
  const slug = options.slug ?? slugOfUrl(teaserUrl) ?? (title ? taxonomySlug(title) : '');
  if (!slug) return { ok: false, error: 'no slug: the export has no title, no file-name words and no "Full article:" URL; give one with --slug' };
  if (titleSource && !titleSource.startsWith("the export's")) report.notes.push(`title "${title}" comes from ${titleSource}; check its wording`);

  const order = readingPosition(exported.footer, options.existing);
  report.notes.push(...order.notes);
  report.renumber.push(...order.renumber);

  // The export's date when it is a real day; the draft must pass the check, so 2026-02-31 becomes today, with a note.
  const exportDate = exported.meta.published;
  const dateReading = exportDate === undefined ? undefined : readCalendarDate(exportDate);
  if (dateReading && !dateReading.ok)
    report.notes.push(
      `published is today (${options.today}): the export's date, ${exportDate}, is not a real day${dateReading.reason ? ` (${dateReading.reason})` : ''}`,
    );
  const published = exportDate !== undefined && dateReading?.ok ? exportDate : options.today;

  const articleTitle = title ?? todo("the article's title");
  const frontmatter: InsightInput = {
    title: articleTitle,
    description:
      description ??
      todo(
        `one sentence that says what the reader gains (${first === undefined ? 'the export has no lede' : `the export's lede is longer than ${descriptionLimit} characters`}).`,
      ),
    published,
    tags: exported.meta.tags ?? [],
    draft: true,
    position: order.position,
    ...fields,
    scorecard: { template: slug, usage: fields.scorecard.usage },
  };
  const scorecard: ScorecardInput = {
    title: `${articleTitle} Scorecard`,
    version: 1,
    areas: fields.framework.steps.map((step) => {
      const row = rowFor(scorecardRows, step.title);
      return {
        id: step.id,
        title: step.title,
        evidencePrompt: row?.evidencePrompt || todo(`the evidence a team brings for ${step.title}`),
        nextMovePrompt: row?.nextMovePrompt || todo(`what a measurable next move for ${step.title} looks like`),
      };
    }),
  };
  report.todo.push(
    ...placeholders(frontmatter).map(({ path, text: note }) => ({ field: path, note })),
    ...placeholders(scorecard, 'scorecard template').map(({ path, text: note }) => ({ field: path.replace('template.', 'template '), note })),
  );
  return {
    ok: true,
    draft: {
      slug,
      title: articleTitle,
      position: order.position,
      article: articleFile(frontmatter, gathered.before, gathered.after),
      scorecard: yamlText(scorecard),
      report,
    },
  };
}
