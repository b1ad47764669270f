// The site's collections: Setlist's articles (content/insights/) and scorecard templates
// (content/scorecards/). To add fields of your own to every article:
//   import { z } from 'astro/zod';
//   export const collections = setlistCollections({ extend: z.object({ audience: z.string().optional() }) });
import { setlistCollections } from 'setlist/collections';

export const collections = setlistCollections();
