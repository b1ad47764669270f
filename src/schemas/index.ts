/**
 * `setlist/schemas`: the schemas of a Setlist site's content and options, and their types, for a
 * site that extends the article schema or reads Setlist's data in pages of its own.
 */
export { calendarDateSchema } from './calendar-date.ts';
export { insightSchema, type FrameworkStep, type Insight } from './insight.ts';
export { scorecardTemplateSchema, type ScorecardArea, type ScorecardTemplate, type ScoreLevel } from './scorecard.ts';
export { siteConfigSchema, type SetlistOptions, type SiteConfig } from './site.ts';
