import type { ArticlePlacement } from '../../domain/article-placement.ts';
import type { articlePages } from '../../domain/urls.ts';
import type { Upkeep } from '../../route-data/site-data.ts';
import type { Insight } from '../../schemas/insight.ts';
import type { ScorecardTemplate } from '../../schemas/scorecard.ts';

/** What every article part component receives; the page binds it once for all parts. */
export interface PartProps {
  data: Insight;
  template: ScorecardTemplate;
  pages: ReturnType<typeof articlePages>;
  canonicalUrl: string;
  /** Its owner and review state, and each step's last drill. */
  upkeep: Upkeep;
  /** The article's own page or the series book: its ids, heading levels and islands there. */
  placement: ArticlePlacement;
}
