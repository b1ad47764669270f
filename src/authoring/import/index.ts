/**
 * `npm run import`'s logic: an article exported as plain text or Markdown becomes a draft
 * Setlist article and its scorecard template. Each section the export has fills its part;
 * narrative sections become the body in their order, around the part tags; what the export
 * lost becomes a "TODO:" note saying what belongs there, so the draft is valid but cannot be
 * published until the author writes it. Pure: the command reads and writes the files.
 */
import type { z } from 'zod';
import { articleParts, findPart, type ArticlePartTag } from '../../domain/anatomy.ts';
import { taxonomySlug } from '../../domain/taxonomy.ts';
import { insightSchema, type FrameworkStep, type Insight } from '../../schemas/insight.ts';
import type { scorecardTemplateSchema } from '../../schemas/scorecard.ts';
import { idPattern } from '../../schemas/shared.ts';
import { articleFile, yamlText } from '../article-file.ts';
import { placeholders } from '../check/publishing.ts';
import { todo } from '../scaffold.ts';
import { blocksAsMdx, blocksOf, type Block } from './blocks.ts';
import { mdxText, normaliseExport, notReadableText, plainInline } from './export-text.ts';
import { cadenceOf, descriptionOf, failureSignalsOf, itemsOf, objectionsOf, proseOf, stepOf, teaserOf } from './parts.ts';
import { placeArticle, type ExistingArticle } from './placement.ts';
import { readScorecardSection, rowFor, type ScorecardRow } from './scorecard-table.ts';
import { splitExport, type ExportSection, type SplitExport } from './sections.ts';

export { existingArticles } from './placement.ts';

type InsightInput = z.input<typeof insightSchema>;
type ScorecardInput = z.input<typeof scorecardTemplateSchema>;
type PartSection = Extract<ExportSection, { kind: 'part' }>;
type StepSection = Extract<ExportSection, { kind: 'step' }>;

export interface ImportOptions {
  /** The export's text, as read from its file. */
  text: string;
  /** The export's file name: the title when the export has none of its own. */
  fileName: string;
  /** `--slug`: the article's slug, instead of the one the export's URL or title gives. */
  slug?: string;
  /** `YYYY-MM-DD`: the published date unless the export has one. */
  today: string;
  /** The site's articles, to place this one between its Previous and Next. */
  existing: readonly ExistingArticle[];
}

interface ImportReport {
  /** Sections read into their parts, with what was found. */
  recognised: string[];
  /** Sections kept as narrative in the body, in order. */
  narrative: string[];
  /** Parts the export has no section for (their fields are TODO notes). */
  missing: string[];
  /** Text that fits no field: left in the body as a comment before its part, for the author to place. */
  unplaced: { section: string; text: string }[];
  /** Fields left with a TODO note for the author, and the note. */
  todo: { field: string; note: string }[];
  notes: string[];
  /** Position changes that would put the article between the export's Previous and Next. */
  renumber: string[];
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

/** The part's heading as Setlist writes it ("Practical Checklist"; "Core Framework: …"). */
const partHeading = (tag: ArticlePartTag) => findPart(tag)!.heading({ framework: { name: '…' } } as Insight);

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

const plural = (count: number, word: string) => `${count || 'no'} ${word}${count === 1 ? '' : 's'}`;

/**
 * The framework's steps from the "Step N: …" sections (ids from their titles, unique), or, when
 * the export has none, from the scorecard's rows; a summary or checks the export lacks are TODO.
 */
function stepsOf(sections: readonly StepSection[], rows: readonly ScorecardRow[], report: ImportReport): { steps: FrameworkStep[]; unplaced: string[] } {
  const numbers = sections.map((step) => step.number);
  if (numbers.some((number, index) => number !== index + 1))
    report.notes.push(`the steps are numbered ${numbers.join(', ')}; they are imported in the export's order`);
  const read = sections.map((section) => ({ section, ...stepOf(section.lines) }));
  const sources = read.length
    ? read.map(({ section, value }) => ({ title: section.title, where: `the export's "${section.heading}"`, ...value }))
    : rows.map((row, index) => ({ title: row.title, where: `scorecard row ${index + 1}`, summary: '', operatorChecks: [] as string[], labelled: false }));
  if (!read.length && sources.length) report.notes.push('the export has no "Step N: …" sections; the steps\' titles come from the scorecard\'s rows');
  const ids = new Set<string>();
  const steps = sources.map((source, index) => {
    const base = taxonomySlug(source.title) || `step-${index + 1}`;
    let id = base;
    for (let suffix = 2; ids.has(id); suffix++) id = `${base}-${suffix}`;
    ids.add(id);
    const missingChecks = source.labelled ? `the "Operator checks:" list of ${source.where} is empty` : `${source.where} has none`;
    return {
      id,
      title: plainInline(source.title),
      summary: source.summary || todo(`what ${source.title} is, as operating behaviour (${source.where} has no summary).`),
      operatorChecks: source.operatorChecks.length
        ? source.operatorChecks
        : [
            todo(
              `the operator checks for ${source.title}, one a line: what an operator can see in the weekly review, with a number or a deadline (${missingChecks}).`,
            ),
          ],
    };
  });
  return { steps, unplaced: read.flatMap((step) => step.unplaced) };
}

/** Fills the article's fields from the gathered sections, with a TODO note wherever the export has nothing. */
function articleFields(gathered: Gathered, exported: SplitExport) {
  const { parts, report } = gathered;
  const blocks = (tag: ArticlePartTag) => blocksOf(parts.get(tag)?.lines ?? []);
  const gap = (tag: ArticlePartTag, what: string) => {
    const section = parts.get(tag);
    return todo(`${what} (${section ? `the export's "${section.heading}" section has none` : `the export has no "${partHeading(tag)}" section`}).`);
  };
  // What was read from each part's section, reported in the anatomy's order.
  const found = new Map<ArticlePartTag, string>();
  const recognise = (tag: ArticlePartTag, detail?: string | number) => {
    const heading = parts.get(tag)?.heading;
    if (heading) found.set(tag, detail === undefined ? heading : `${heading} (${detail})`);
  };
  const unplaced = (tag: ArticlePartTag, texts: readonly string[]) => {
    if (!texts.length) return;
    const section = parts.get(tag)?.heading ?? partHeading(tag);
    report.unplaced.push(...texts.map((text) => ({ section, text })));
    const note = texts.join('\n').replace(/\*\//g, '* /').replace(/\{/g, '(').replace(/\}/g, ')');
    gathered.before.set(tag, [
      ...(gathered.before.get(tag) ?? []),
      `{/* Imported from "${section}" but fits none of its fields; place it or delete this note:\n${note}\n*/}`,
    ]);
  };
  const list = (tag: ArticlePartTag, what: string) => {
    const read = itemsOf(blocks(tag));
    unplaced(tag, read.unplaced);
    recognise(tag, read.value.length || 'none: TODO');
    return read.value.length ? read.value : [gap(tag, what)];
  };
  const prose = (tag: ArticlePartTag, what: string) => {
    const text = proseOf(blocks(tag));
    recognise(tag, text ? undefined : 'empty: TODO');
    return text || gap(tag, what);
  };

  const tldr = list('Tldr', 'the key points, one sentence each');

  // Framework: its name, intro and steps; with no steps, the scorecard's rows name them.
  const framework = parts.get('Framework');
  const scorecardSection = readScorecardSection(
    parts.get('Scorecard')?.lines ?? [],
    gathered.steps.map((step) => step.title),
  );
  const read = stepsOf(gathered.steps, scorecardSection.rows, report);
  unplaced('Framework', read.unplaced);
  const steps = read.steps;
  if (framework || steps.length) found.set('Framework', `${framework?.heading ?? '"Step N: …" sections'} (${plural(steps.length, 'step')})`);

  const scorecardRows = scorecardSection.rows;
  unplaced(
    'Scorecard',
    scorecardRows
      .filter((row) => !steps.some((step) => rowFor([row], step.title)))
      .map((row) => `row "${row.title}": ${row.evidencePrompt} | ${row.nextMovePrompt ?? ''}`),
  );
  const usage = proseOf(blocksOf(scorecardSection.prose));
  recognise('Scorecard', plural(scorecardRows.length, 'row'));

  const objections = objectionsOf(blocks('Objections'));
  unplaced('Objections', objections.unplaced);
  recognise('Objections', objections.value.length || 'none: TODO');

  const cadence = cadenceOf(blocks('Cadence'));
  recognise('Cadence', plural(cadence.rhythms.length, 'rhythm'));

  const signals = failureSignalsOf(blocks('FailureSignals'));
  recognise('FailureSignals', plural(signals.signals.length, 'signal'));

  const teaser = teaserOf(blocks('Teaser'));
  recognise('Teaser', teaser.teaser ? undefined : 'empty: TODO');

  const fields = {
    tldr,
    framework: {
      name: framework?.frameworkName ?? gap('Framework', 'the framework name'),
      intro: proseOf(blocksOf(framework?.lines ?? [])) || gap('Framework', 'how to use the steps: owners, thresholds, handoffs'),
      steps: steps.length
        ? steps
        : [
            {
              id: 'step-1',
              title: gap('Framework', 'the first step'),
              summary: todo('what this step is.'),
              operatorChecks: [todo('a check an operator can see.')],
            },
          ],
    },
    scorecard: { usage: usage || gap('Scorecard', 'when and with whom to run the scorecard') },
    checklist: list('Checklist', 'the practical checklist, one concrete action a line'),
    objections: objections.value.length
      ? objections.value.map((item) => ({
          objection: item.objection,
          rebuttal: item.rebuttal || todo(`the answer to "${item.objection}" (the export gives none).`),
        }))
      : [{ objection: gap('Objections', 'a question a sceptical reader asks'), rebuttal: todo('the answer.') }],
    cadence: {
      summary: cadence.summary || gap('Cadence', 'why cadence matters for this framework'),
      rhythms: cadence.rhythms.length
        ? cadence.rhythms.map((rhythm) => ({
            ...rhythm,
            metric: rhythm.metric ?? todo(`the number the ${rhythm.ritual.toLowerCase()} watches (the export names none).`),
          }))
        : [{ interval: gap('Cadence', 'how often, e.g. Weekly'), ritual: todo('the ritual'), metric: todo('the number it watches') }],
    },
    failureSignals: {
      intro: signals.intro ?? gap('FailureSignals', 'what early warnings look like'),
      signals: signals.signals.length ? signals.signals : [gap('FailureSignals', 'the early warning signs, one a line')],
      response: signals.response ?? gap('FailureSignals', 'what to do when they appear'),
    },
    leadershipQuestions: list('LeadershipQuestions', 'questions for the monthly review'),
    ninetyDays: prose('NinetyDays', 'what a team can show after 90 days'),
    takeaways: list('Takeaways', 'the key takeaways, one a line'),
    teaser: teaser.teaser || gap('Teaser', 'the LinkedIn hook, two or three sentences'),
    cta: prose('ClosingCta', 'the closing question to readers'),
  };
  report.recognised.push(...articleParts.flatMap((part) => found.get(part.tag) ?? []));
  if (exported.footer) report.recognised.push('footer (Previous | All insights | Next)');
  report.missing.push(
    ...articleParts.filter((part) => !parts.has(part.tag) && !(part.tag === 'Framework' && steps.length)).map((part) => partHeading(part.tag)),
  );
  return { fields, scorecardRows, teaserUrl: teaser.url };
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

  const placement = placeArticle(exported.footer, options.existing);
  report.notes.push(...placement.notes);
  report.renumber.push(...placement.renumber);

  const articleTitle = title ?? todo("the article's title");
  const frontmatter: InsightInput = {
    title: articleTitle,
    description:
      description ??
      todo(
        `one sentence that says what the reader gains (${first === undefined ? 'the export has no lede' : `the export's lede is longer than ${descriptionLimit} characters`}).`,
      ),
    published: exported.meta.published ?? options.today,
    tags: exported.meta.tags ?? [],
    draft: true,
    position: placement.position,
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
      position: placement.position,
      article: articleFile(frontmatter, gathered.before, gathered.after),
      scorecard: yamlText(scorecard),
      report,
    },
  };
}
