import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { distDir } from './paths.ts';

/** Parses a built page (`/insights/x/` → `dist/insights/x/index.html`) with a real HTML parser. */
export function loadPage(path: string, root = distDir): CheerioAPI {
  const file = path.endsWith('.html') ? join(root, path) : join(root, path, 'index.html');
  if (!existsSync(file)) throw new Error(`no built page for ${path} (looked for ${file})`);
  return load(readFileSync(file, 'utf8'));
}
