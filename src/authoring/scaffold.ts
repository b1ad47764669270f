import { linkedInFold } from '../domain/linkedin.ts';
import type { ArticlePartTag } from '../domain/anatomy.ts';
import { articleFile, yamlText } from './article-file.ts';

export interface ScaffoldInput {
  title: string;
  slug: string;
  /** `YYYY-MM-DD`. */
  published: string;
  position: number;
  tags: string[];
  steps: number;
}

/** Marks text the author still has to write; the content check refuses to publish an article that has any. */
export const placeholderMark = 'TODO:';
export const todo = (guidance: string): string => `${placeholderMark} ${guidance}`;

/** Step ids the author renames along with the scorecard areas (`step-1`, `step-2`, …). */
const stepIds = (count: number) => Array.from({ length: count }, (_, index) => `step-${index + 1}`);

/**
 * A new playbook with the full anatomy: every field and every part present, each with a short
 * "TODO:" note saying what belongs there. It is a valid draft at once; the content check
 * refuses to publish it while any TODO remains.
 */
export function scaffoldArticle(input: ScaffoldInput): string {
  const frontmatter = {
    title: input.title,
    description: todo('one sentence that says what the reader gains (shown under the title and in link previews).'),
    published: input.published,
    tags: input.tags,
    draft: true,
    position: input.position,
    tldr: [todo('the first key point, one sentence.'), todo('the second key point.'), todo('the third key point.')],
    framework: {
      name: todo('the framework name'),
      intro: todo('how to use the steps: owners, thresholds, handoffs.'),
      steps: stepIds(input.steps).map((id, index) => ({
        id,
        title: todo(`step ${index + 1} title`),
        summary: todo('what this step is, as operating behaviour.'),
        operatorChecks: [
          todo('a check an operator can see in the weekly review, with a number or a deadline.'),
          todo('a second check.'),
          todo('a third check.'),
        ],
      })),
    },
    scorecard: { template: input.slug, usage: todo('when and with whom to run the scorecard.') },
    checklist: [todo('a concrete first action.'), todo('a second action.'), todo('a third action.')],
    objections: [{ objection: todo('a question a sceptical reader asks?'), rebuttal: todo('the answer.') }],
    cadence: {
      summary: todo('why cadence matters for this framework.'),
      rhythms: [{ interval: 'Weekly', ritual: todo('the ritual'), metric: todo('the number you watch') }],
    },
    failureSignals: {
      intro: todo('what early warnings look like.'),
      signals: [todo('the first warning sign.')],
      response: todo('what to do when you see them.'),
    },
    leadershipQuestions: [todo('a question for the monthly review?')],
    ninetyDays: todo('what a team can show after 90 days.'),
    takeaways: [todo('the first takeaway.')],
    teaser: todo(`the LinkedIn hook, two or three sentences; the first must end within ${linkedInFold} characters.`),
    cta: todo('the closing question to readers?'),
  };
  const sections = new Map<ArticlePartTag, string[]>([
    ['Framework', [`## Why This Matters in Production\n\n${todo('why this matters when production is under pressure.')}`]],
    ['Objections', [`## Real-World Example\n\n${todo('one real situation, what changed and what it cost or saved.')}`]],
    ['Takeaways', [`## Integration With Adjacent Work\n\n${todo('how this connects with the work next to it.')}`]],
  ]);
  return articleFile(frontmatter, sections);
}

/** The scorecard template that goes with a new article: one area per step, same ids. */
export function scaffoldScorecard(input: Pick<ScaffoldInput, 'title' | 'steps'>): string {
  return yamlText({
    title: `${input.title} Scorecard`,
    version: 1,
    areas: stepIds(input.steps).map((id, index) => ({
      id,
      title: todo(`step ${index + 1} title`),
      evidencePrompt: todo('the evidence a team should bring for this area'),
      nextMovePrompt: todo('what a measurable next move looks like'),
    })),
  });
}

/** Fields a translation keeps as its original has them: ids the languages share, dates, a name, an interval the check reads. */
const untranslatedFields = new Set([
  'id',
  'template',
  'position',
  'published',
  'updated',
  'reviewed',
  'lastExercised',
  'owner',
  'reviewEvery',
  'draft',
  'version',
  'score',
]);

/** Every text in `value` marked for translation, the original's words after the mark (they are what the translator works from). */
function markedForTranslation(value: unknown, key = ''): unknown {
  if (untranslatedFields.has(key)) return value;
  if (typeof value === 'string') return todo(value);
  if (Array.isArray(value)) return value.map((item) => markedForTranslation(item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, markedForTranslation(item, name)]));
  return value;
}

/**
 * A relative path in a line of MDX (an image, a link, an import, a `src`) as a file one folder
 * deeper finds the same file: a translation sits in its language's folder below its original.
 */
const fromOneFolderDeeper = (line: string): string =>
  line.replace(
    /(\]\(\s*|^\s*\[[^\]]+\]:\s*|\bfrom\s+['"]|^\s*import\s+['"]|\bsrc=['"])(\.\.?\/)/g,
    (_, before: string, relative: string) => `${before}../${relative === './' ? '' : relative}`,
  );

/** The lines of an MDX body with every line of prose and every heading marked (code, components, imports, directives, tables and link definitions stay), its relative paths made from one folder deeper. */
function bodyMarkedForTranslation(body: string): string {
  let inCode = false;
  return body
    .split('\n')
    .map((written) => {
      if (/^\s*(```|~~~)/.test(written)) inCode = !inCode;
      if (inCode) return written;
      const line = fromOneFolderDeeper(written);
      if (!line.trim() || /^\s*(<|import\s|export\s|:::|\||```|~~~|\[[^\]]+\]:)/.test(line)) return line;
      const [, lead = '', text = ''] = /^(\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)?)(.*)$/.exec(line) ?? [];
      return `${lead}${todo(text)}`;
    })
    .join('\n');
}

/**
 * A translation of an article to start from (`npm run new -- --lang de --from <slug>`): the
 * original's fields and body with every text marked "TODO:" before the words to translate, its
 * ids, position and dates kept (the content check compares them with the original's), a draft
 * updated `today`, so the original stands in for it until it is translated and published.
 */
export function scaffoldTranslation(original: { data: Record<string, unknown>; body: string }, today: string): string {
  const data = markedForTranslation(original.data) as Record<string, unknown>;
  return `---\n${yamlText({ ...data, updated: today, draft: true })}---\n${bodyMarkedForTranslation(original.body)}`;
}

/** A scorecard template's translation to start from: its texts marked, its version and area ids kept. */
export function scaffoldTemplateTranslation(original: Record<string, unknown>): string {
  return yamlText(markedForTranslation(original));
}
