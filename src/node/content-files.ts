import { glob, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../authoring/check/index.ts';
import { insightsGlob, scorecardsGlob } from './env.ts';

async function readAll(folder: string, pattern: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for await (const path of glob(pattern, { cwd: folder })) {
    const full = join(folder, path);
    files.push({ file: relative(process.cwd(), full), text: await readFile(full, 'utf8') });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** Files in `public/`, which the build copies as they are: links to them are valid. */
async function publicFiles(): Promise<string[]> {
  const files: string[] = [];
  for await (const path of glob('**/*', { cwd: 'public' })) files.push(path.split(sep).join('/'));
  return files;
}

/** Every article and scorecard template under a content root, named relative to the working directory. */
export async function readContentSources(root: string): Promise<{ insights: SourceFile[]; scorecards: SourceFile[]; publicFiles: string[] }> {
  return {
    insights: await readAll(join(root, 'insights'), insightsGlob),
    scorecards: await readAll(join(root, 'scorecards'), scorecardsGlob),
    publicFiles: await publicFiles(),
  };
}
