import { z } from 'zod';

/** A site-relative path that starts and ends with a slash, e.g. `/insights/`. */
const sectionPath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*$/, 'expected a path like "/insights/" (lowercase, starting and ending with "/")');

export const siteConfigSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Origin the site is served from; canonical URLs are derived from it. No trailing slash. */
  baseUrl: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, '')),
  language: z.string().min(2).default('en'),
  author: z.object({
    name: z.string().min(1),
    role: z.string().min(1).optional(),
  }),
  brand: z.object({
    name: z.string().min(1),
    tagline: z.string().min(1),
  }),
  insightsPath: sectionPath,
  searchPath: sectionPath,
  /** Previous / Next follow the site-wide order, or, for articles in a series, the series. */
  previousNext: z.enum(['site', 'series']).default('site'),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.infer<typeof siteConfigSchema>;
