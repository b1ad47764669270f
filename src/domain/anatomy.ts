import type { Insight } from '../schemas/insight.ts';
import type { UiText } from './ui-text/index.ts';

/** The parts' headings in the page's language. */
type PartHeadings = UiText['article']['parts'];
type FrameworkNamed = { framework: Pick<Insight['framework'], 'name'> };

/**
 * The structured parts every article has, in reading order. Each one is data in the
 * frontmatter; the MDX body places it with a self-closing tag (`<Framework />`) between
 * its narrative sections, so the page follows the author's order and the data stays data. Each
 * heading is read from the page's language table; the importer reads English exports with English's.
 */
export const articleParts = [
  { tag: 'Tldr', id: 'tldr', heading: (text: PartHeadings) => text.tldr },
  { tag: 'Framework', id: 'framework', heading: (text: PartHeadings, data: FrameworkNamed) => text.framework(data.framework.name) },
  { tag: 'Scorecard', id: 'scorecard', heading: (text: PartHeadings) => text.scorecard },
  { tag: 'Checklist', id: 'checklist', heading: (text: PartHeadings) => text.checklist },
  { tag: 'Objections', id: 'objections', heading: (text: PartHeadings) => text.objections },
  { tag: 'Cadence', id: 'cadence', heading: (text: PartHeadings) => text.cadence },
  { tag: 'FailureSignals', id: 'failure-signals', heading: (text: PartHeadings) => text.failureSignals },
  { tag: 'LeadershipQuestions', id: 'leadership-questions', heading: (text: PartHeadings) => text.leadershipQuestions },
  { tag: 'NinetyDays', id: 'ninety-days', heading: (text: PartHeadings) => text.ninetyDays },
  { tag: 'Takeaways', id: 'takeaways', heading: (text: PartHeadings) => text.takeaways },
  { tag: 'Teaser', id: 'linkedin-teaser', heading: (text: PartHeadings) => text.teaser },
  { tag: 'ClosingCta', id: 'closing-cta', heading: (text: PartHeadings) => text.closingCta },
] as const;

export type ArticlePart = (typeof articleParts)[number];
export type ArticlePartTag = ArticlePart['tag'];

const partsByTag = new Map<string, ArticlePart>(articleParts.map((part) => [part.tag, part]));

export function findPart(tag: string): ArticlePart | undefined {
  return partsByTag.get(tag);
}

export const articlePartTags: readonly ArticlePartTag[] = articleParts.map((part) => part.tag);
