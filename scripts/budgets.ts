/** Size and speed budgets, in one place. `npm run size` (and its test) checks the page budgets. */
export const budgets = {
  articlePage: {
    /** HTML + CSS a reader downloads for one article page, gzip. */
    htmlPlusCssGzipBytes: 40 * 1024,
    /** JavaScript needed to read an article. */
    javascriptBytes: 0,
  },
} as const;
