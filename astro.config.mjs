// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import setlist from './src/integration/index.ts';
import { markdownProcessor } from './src/integration/markdown-processor.ts';
import { cacheDirs } from './src/node/env.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.baseUrl,
  trailingSlash: 'always',
  integrations: [
    // Every public page; drafts and future-dated articles are never built, so never listed.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/404') }),
    // Last, so its end-of-build search index and link check see the sitemap too.
    setlist(),
  ],
  markdown: {
    // unified() with remark-gfm, reading MDX's syntax; article bodies become HTML as they load (see the module).
    processor: markdownProcessor(),
    syntaxHighlight: false,
  },
  build: {
    // Stylesheets stay files, so the Content-Security-Policy needs no inline-style exception.
    inlineStylesheets: 'never',
    // A page spends a third of its time waiting for its files to be written; with several in
    // flight the thread renders meanwhile (1,000 articles: page generation 10.2 s with one at a
    // time, 8.7 s with four; eight took 7% less wall time than four, interleaved runs).
    concurrency: 8,
  },
  security: {
    // Astro hashes the scripts and styles it emits into a per-page CSP <meta>; nothing inline
    // is allowed beyond those hashes, and every other resource is same-origin only.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Separate caches let test builds of fixture content run beside the real one.
  cacheDir: cacheDirs(process.env).astro,
  devToolbar: { enabled: false },
  // Pages whose cache key and code are unchanged since the last build are copied, not
  // rendered again (the keys are set in getStaticPaths).
  experimental: { incrementalBuild: true },
});
