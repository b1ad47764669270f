import { siteConfigSchema, type SiteConfigInput } from './schemas/site.ts';

/** The one place where the site's identity lives. Components read it; none hard-codes a name or URL. */
const siteConfigInput: SiteConfigInput = {
  title: 'Setlist Insights',
  description: 'Operational playbooks for reliable systems: frameworks with operator checks, reusable scorecards and printable checklists.',
  baseUrl: 'https://trlyptrk.com',
  language: 'en-GB',
  author: { name: 'trlyptrk', role: 'Systems and operations lead' },
  brand: {
    name: 'trlyptrk',
    tagline: 'Playbooks for reliable systems',
    // The palette of the stylesheet and of the link-preview images (light set). Each role left
    // out keeps its default: see the roles and defaults in src/schemas/site.ts. For example:
    // colors: { light: { accent: '#1f4e79', link: '#0b57a3' }, dark: { accent: '#8cc4f5' } },
  },
  insightsPath: '/insights/',
  searchPath: '/search/',
  previousNext: 'site',
};

export const siteConfig = siteConfigSchema.parse(siteConfigInput);
