import type { Insight } from '../schemas/insight.ts';

/**
 * The structured parts every article has, in reading order. Each one is data in the
 * frontmatter; the MDX body places it with a self-closing tag (`<Framework />`) between
 * its narrative sections, so the page follows the author's order and the data stays data.
 */
export const articleParts = [
  { tag: 'Tldr', id: 'tldr', heading: () => 'TL;DR' },
  { tag: 'Framework', id: 'framework', heading: (data: Insight) => `Core Framework: ${data.framework.name}` },
  { tag: 'Scorecard', id: 'scorecard', heading: () => 'Reusable Scorecard' },
  { tag: 'Checklist', id: 'checklist', heading: () => 'Practical Checklist' },
  { tag: 'Objections', id: 'objections', heading: () => 'Common Objections + Rebuttals' },
  { tag: 'Cadence', id: 'cadence', heading: () => 'Operating Cadence and Metrics' },
  { tag: 'FailureSignals', id: 'failure-signals', heading: () => 'Failure Signals to Watch' },
  {
    tag: 'LeadershipQuestions',
    id: 'leadership-questions',
    heading: () => 'Leadership Questions for Monthly Review',
  },
  { tag: 'NinetyDays', id: 'ninety-days', heading: () => 'What Good Looks Like After 90 Days' },
  { tag: 'Takeaways', id: 'takeaways', heading: () => 'Key Takeaways' },
  { tag: 'Teaser', id: 'linkedin-teaser', heading: () => 'LinkedIn Teaser' },
  { tag: 'ClosingCta', id: 'closing-cta', heading: () => 'Closing CTA' },
] as const;

export type ArticlePart = (typeof articleParts)[number];
export type ArticlePartTag = ArticlePart['tag'];

const partsByTag = new Map<string, ArticlePart>(articleParts.map((part) => [part.tag, part]));

export function findPart(tag: string): ArticlePart | undefined {
  return partsByTag.get(tag);
}

export const articlePartTags: readonly ArticlePartTag[] = articleParts.map((part) => part.tag);
