/** What a build wrote. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface OutputStats {
  /** HTML files, one per page. */
  pages: number;
  files: number;
  bytes: number;
}

export function outputStats(outDir: string): OutputStats {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return {
    pages: files.filter((entry) => entry.name.endsWith('.html')).length,
    files: files.length,
    bytes: files.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0),
  };
}
