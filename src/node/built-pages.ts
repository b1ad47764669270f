import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { BuiltPage } from './link-check.ts';

/** Every HTML file of a built site and its site path (`insights/x/index.html` → `/insights/x/`), unread. */
export function listBuiltPages(root: string): { file: string; path: string }[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ file: join(root, file), path: `/${file.split(sep).join('/')}`.replace(/index\.html$/, '') }));
}

/** The pages with their HTML, read one at a time as they are iterated. */
export function* readPagesInTurn(pages: readonly { file: string; path: string }[]): Generator<BuiltPage & { file: string }> {
  for (const page of pages) yield { ...page, html: readFileSync(page.file, 'utf8') };
}

/** Every HTML file of a built site, with its site path and HTML. */
export function readBuiltPages(root: string): (BuiltPage & { file: string })[] {
  return [...readPagesInTurn(listBuiltPages(root))];
}
