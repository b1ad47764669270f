import type { ArticlePartTag } from '../../domain/anatomy.ts';
import Cadence from './Cadence.astro';
import Checklist from './Checklist.astro';
import ClosingCta from './ClosingCta.astro';
import FailureSignals from './FailureSignals.astro';
import Framework from './Framework.astro';
import LeadershipQuestions from './LeadershipQuestions.astro';
import NinetyDays from './NinetyDays.astro';
import Objections from './Objections.astro';
import Scorecard from './Scorecard.astro';
import Takeaways from './Takeaways.astro';
import Teaser from './Teaser.astro';
import Tldr from './Tldr.astro';

/** The component that renders each article part; the record type makes a missing one a type error. */
export const partComponents: Record<ArticlePartTag, typeof Tldr> = {
  Tldr,
  Framework,
  Scorecard,
  Checklist,
  Objections,
  Cadence,
  FailureSignals,
  LeadershipQuestions,
  NinetyDays,
  Takeaways,
  Teaser,
  ClosingCta,
};
