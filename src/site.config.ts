import { siteConfigSchema, type SiteConfigInput } from './schemas/site.ts';

/** The one place where the site's identity lives. Components read it; none hard-codes a name or URL. */
const siteConfigInput: SiteConfigInput = {
  title: 'Setlist Insights',
  description:
    'Operational playbooks for reliable systems: frameworks with operator checks, reusable scorecards and printable checklists.',
  baseUrl: 'https://trlyptrk.com',
  language: 'en',
  author: { name: 'trlyptrk', role: 'Systems and operations lead' },
  brand: { name: 'trlyptrk', tagline: 'Playbooks for reliable systems' },
  insightsPath: '/insights/',
  searchPath: '/search/',
  previousNext: 'site',
};

export const siteConfig = siteConfigSchema.parse(siteConfigInput);
