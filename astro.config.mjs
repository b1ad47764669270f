// @ts-check
// The demo site: Setlist's own insights, built from content/ by the Setlist package in src/.
import { defineConfig } from 'astro/config';
import setlist from 'setlist';

export default defineConfig({
  integrations: [
    setlist({
      title: 'Setlist Insights',
      description: 'Operational playbooks for reliable systems: frameworks with operator checks, reusable scorecards and printable checklists.',
      baseUrl: 'https://trlyptrk.com',
      language: 'en-GB',
      author: { name: 'trlyptrk', role: 'Systems and operations lead' },
      brand: { name: 'trlyptrk', tagline: 'Playbooks for reliable systems' },
    }),
  ],
});
