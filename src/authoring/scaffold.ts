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
