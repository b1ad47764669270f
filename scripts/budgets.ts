/** Size and speed budgets, in one place. `npm run size` (and its test) checks the page budgets. */
export const budgets = {
  /** One article page, the shipped seed (`npm run size`) or a generated one (`npm run bench`). */
  articlePage: {
    /** HTML + CSS a reader downloads for one article page, gzip. */
    htmlPlusCssGzipBytes: 20 * 1024,
    /**
     * JavaScript needed to read an article: classic (render-blocking) scripts. Module scripts
     * are deferred enhancements (copy teaser); the no-JavaScript browser test proves the
     * article reads completely without them.
     */
    javascriptBytes: 0,
    /** The inline script that applies a pinned theme before the first paint (src/domain/theme-before-paint.ts), raw. */
    themeScriptBytes: 256,
    /**
     * Deferred enhancement scripts (type="module") on an article page, gzip: copy teaser, print,
     * checklist ticks, the header's theme switch, the contents' section marker and, on a page
     * with code, the code blocks' copy button.
     */
    enhancementJavascriptGzipBytes: 3.5 * 1024,
    /** The text face a page preloads (src/integration/body-font.ts: Inter's Latin subset, woff2), cached across pages. */
    fontBytes: 50 * 1024,
  },
  /** The insights index's first page (`npm run bench`), which lists a page of cards however many articles there are. */
  indexPage: {
    htmlPlusCssGzipBytes: 20 * 1024,
  },
  /**
   * Build budgets for the synthetic corpus; `npm run bench -- --articles N` checks the ones set
   * for its N (time and memory only at baseArticles and scaleArticles; the page budget always).
   */
  bench: {
    /** The corpus size the time budgets are set for. */
    baseArticles: 1000,
    /** Cold production build of baseArticles: content check, Astro, Pagefind, link check. */
    fullBuildSeconds: 60,
    /**
     * The cold build against Astro Starlight's cold build of as many articles (`--peer`, median
     * of interleaved rounds): at most this share of it at baseArticles, and at scaleArticles.
     */
    maxRatioToPeer: { base: 0.8, scale: 0.45 },
    /** A rebuild with nothing changed, as a share of the cold build's time. */
    warmRebuildShare: 0.4,
    /** A rebuild after one article's text changed, as a share of the cold build's time. */
    editedRebuildShare: 0.45,
    /** The larger corpus: its cold build may take at most scaleTimeFactor × fullBuildSeconds. */
    scaleArticles: 3000,
    scaleTimeFactor: 3.2,
    /** Peak RSS of the whole build process tree at scaleArticles. */
    peakMemoryBytes: 2 * 1024 ** 3,
  },
  /**
   * The author's loop (`npm run bench -- --articles N --dev [--peer]`) at bench.baseArticles: a
   * save's time until the dev server answers the page with it, median of several saves.
   */
  dev: {
    /** A body edit, against the Starlight peer's body edit (--peer). */
    bodyEditToPeer: 1.0,
    /** A frontmatter edit (a field the article page shows). */
    frontmatterEditMs: 500,
    /** `astro dev` from a cold start to the first article page, against the peer's (--peer). */
    coldStartToPeer: 1.0,
  },
} as const;
