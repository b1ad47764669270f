import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** A built page: its file, its site path (`/insights/x/`) and its HTML. */
export interface BuiltPage {
  file: string;
  path: string;
  html: string;
}

/** The site path of a built page, from its file inside the site (`insights/x/index.html` → `/insights/x/`). */
export const sitePathOf = (file: string): string => `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');

/** Every HTML file of a built site, with its site path and HTML. */
export function readBuiltPages(root: string): BuiltPage[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ file: join(root, file), path: sitePathOf(file), html: readFileSync(join(root, file), 'utf8') }));
}
