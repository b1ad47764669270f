import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { BuiltPage } from './link-check.ts';

/** Every HTML file of a built site, with its site path (`insights/x/index.html` → `/insights/x/`). */
export function readBuiltPages(root: string): (BuiltPage & { file: string })[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({
      file: join(root, file),
      path: `/${file.split(sep).join('/')}`.replace(/index\.html$/, ''),
      html: readFileSync(join(root, file), 'utf8'),
    }));
}
