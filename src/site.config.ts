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
    // The site's stylesheet and its link-preview images (light set) both take their colours
    // from here. Any role left out keeps its default (src/schemas/site.ts).
    colors: {
      light: {
        bg: '#ffffff',
        surface: '#f4f6f8',
        text: '#1b1f24',
        muted: '#4a5563',
        border: '#c9d1da',
        accent: '#1f4e79',
        accentText: '#ffffff',
        link: '#0b57a3',
        focus: '#b4530a',
        mark: '#fff1a8',
      },
      dark: {
        bg: '#12161b',
        surface: '#1c232b',
        text: '#e8ecf0',
        muted: '#aab4bf',
        border: '#3a4652',
        accent: '#8cc4f5',
        accentText: '#0d1a26',
        link: '#8cc4f5',
        focus: '#ffb366',
        mark: '#5c4b00',
      },
    },
  },
  insightsPath: '/insights/',
  searchPath: '/search/',
  previousNext: 'site',
};

export const siteConfig = siteConfigSchema.parse(siteConfigInput);
