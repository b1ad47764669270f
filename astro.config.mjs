// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { dropHeadInjectWarnings } from './src/integration/bundler-warnings.ts';
import setlist from './src/integration/index.ts';
import { cacheDirs } from './src/node/env.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.baseUrl,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // Every public page; drafts and future-dated articles are never built, so never listed.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/404') }),
    // Last, so its end-of-build search index and link check see the sitemap too.
    setlist(),
  ],
  markdown: {
    // remark-gfm is the only Markdown plugin: every other feature reads typed data, so the
    // processor can be swapped (e.g. for Sätteri) without losing anything.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
    syntaxHighlight: false,
  },
  build: {
    // Stylesheets stay files, so the Content-Security-Policy needs no inline-style exception.
    inlineStylesheets: 'never',
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
  vite: {
    build: {
      rolldownOptions: { onwarn: dropHeadInjectWarnings },
    },
  },
  // Pages whose cache key and code are unchanged since the last build are copied, not
  // rendered again (the keys are set in getStaticPaths).
  experimental: { incrementalBuild: true },
});
