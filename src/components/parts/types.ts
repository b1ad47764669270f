import type { Insight } from '../../schemas/insight.ts';
import type { ScorecardTemplate } from '../../schemas/scorecard.ts';

/** What every article part component receives; the page binds it once for all parts. */
export interface PartProps {
  slug: string;
  data: Insight;
  template: ScorecardTemplate;
  canonicalUrl: string;
}
