/** What the content check reads, finds and returns, and how a problem is written. */
import type { BodyReferences, OutlineItem } from '../outline.ts';
import type { Insight } from '../../schemas/insight.ts';
import type { ScorecardTemplate } from '../../schemas/scorecard.ts';
import type { ReviewPolicy } from '../../domain/review.ts';
import type { SiteLocale } from '../../domain/locales.ts';
import type { UrlConfig } from '../../domain/urls.ts';

/**
 * What the content check needs of the site config; without `review`, no review dates are checked.
 * `language` is the site's: a LinkedIn post's length is measured with its "Full article:" label.
 */
export type CheckConfig = UrlConfig & { searchPath: string; review?: ReviewPolicy; language: string; locales?: readonly SiteLocale[]; locale?: SiteLocale };

export interface SourceFile {
  /** Path as the author knows it, relative to the project, e.g. `content/insights/x.mdx`. */
  file: string;
  text: string;
  /** Path inside its collection's folder (`de/x.mdx`): its first folder may name its language. The file name when left out. */
  inCollection?: string;
}

/** What the check may ask of the files beside the content (paths relative to the working directory, `/`-separated). */
export interface ContentDisk {
  exists(path: string): boolean;
  /** Where an article's `import` leads: a path beside the article, a tsconfig alias, or an installed package. */
  resolveImport(specifier: string, fromFile: string): ImportTarget;
}

/**
 * What an import finds: nothing, a module, or an `.astro` component outside the site's folder (a
 * content folder elsewhere, through `SETLIST_CONTENT_DIR`), whose styles Astro cannot build.
 */
export type ImportTarget = { found: false } | { found: true; componentOutsideSite?: string };

export interface ContentProblem {
  /** Errors stop the build; warnings are printed and let it go on. */
  severity?: 'error' | 'warning';
  file: string;
  line?: number;
  field: string;
  message: string;
  hint?: string;
}

export interface CheckedArticle {
  file: string;
  slug: string;
  /** The content store's id: the slug, after the language's folder in another language than the default (`de/x`). */
  id: string;
  /** The key of its language (`root` for the default). */
  locale: string;
  data: Insight;
  outline: OutlineItem[];
  /** Its reading time, body and parts together (domain/reading-time.ts). */
  readingMinutes: number;
  references: BodyReferences;
  body: string;
  bodyFirstLine: number;
  /** The line of each top-level frontmatter field and each step's `lastExercised`, for problems found after the schema. */
  fieldLines: Record<string, number>;
}

export interface CheckedScorecard {
  file: string;
  /** What an article's `scorecard.template` names: the file name, in every language. */
  id: string;
  /** The key of its language (`root` for the default). */
  locale: string;
  data: ScorecardTemplate;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  articles: CheckedArticle[];
  scorecards: CheckedScorecard[];
}

export const isError = (problem: ContentProblem): boolean => problem.severity !== 'warning';

/** `content/insights/x.mdx:12  framework.steps[2]: expected …  (hint: …)` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const warning = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${warning}${problem.field}: ${problem.message}${problem.hint ? `  (hint: ${problem.hint})` : ''}`;
}
