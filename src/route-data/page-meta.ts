/** What every page tells its head: the title, the description, and its site-relative path. */
export interface PageMeta {
  title: string;
  description: string;
  /** Site-relative path of the page; its canonical URL is derived from it. Undefined for pages
   * that have no URL of their own (the 404 page), which are kept out of search engines. */
  path: string | undefined;
  /** Where search engines are sent instead, when the page copies another (an untranslated article in another language). */
  canonicalPath?: string;
  /** The link-preview image; pages without one use the site's own card. */
  image?: { path: string; alt: string };
  /** Set on article pages: they are shared as `og:type=article` with dates, tags and JSON-LD. */
  article?: { published: Date; updated: Date | undefined; tags: readonly string[] };
}
