/** What every page tells its head: the title, the description, and its site-relative path. */
export interface PageMeta {
  title: string;
  description: string;
  /** Site-relative path of the page; its canonical URL is derived from it. */
  path: string;
}
