import type { ReportedProblem } from '../authoring/check/report.ts';
import type { OutlineItem } from '../authoring/outline.ts';

/** What the integration's content check hands to the pages (through `virtual:setlist/content-state`). */
export interface ContentState {
  /** Content errors; a build never starts with any, the dev server shows them on every page. */
  errors: ReportedProblem[];
  /** The check's one-line verdict, as the terminal prints it ("✗ content: 2 problems found"). */
  summary: string;
  /** Each checked article's outline (headings and placed parts), by content entry id, so no page parses a body again. */
  outlines: Record<string, OutlineItem[]>;
  /** Each checked article's reading time, by content entry id: the content store keeps no bodies to count. */
  readingMinutes: Record<string, number>;
  /** True in the dev server: content may change between requests, so what is derived from it is kept only while the store and this state are unchanged. */
  live: boolean;
  /**
   * Each checked article's file as the site's repository has it (for the `editUrl` link; none for
   * a file outside it), and the time git last saw it change; none without git, or before the
   * file's first commit; by content entry id.
   */
  sources: Record<string, { path?: string; lastChanged?: string }>;
  /** Which articles are published: drafts in `astro dev` only; nothing dated after `now`. */
  publishing: { includeDrafts: boolean; now: string };
}
