import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, type SourceFile } from '../../src/authoring/check/index.ts';
import { siteConfig } from './site-config.ts';
import { siteRoot } from './paths.ts';

function readFolder(folder: string, extension: string): SourceFile[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => ({ file: relative(siteRoot, join(folder, name)), text: readFileSync(join(folder, name), 'utf8') }));
}

/** The articles and scorecard templates of a content folder (the fixture site's by default), as the checker reads them. */
export function contentSources(root = join(siteRoot, 'content')): { insights: SourceFile[]; scorecards: SourceFile[] } {
  return { insights: readFolder(join(root, 'insights'), '.mdx'), scorecards: readFolder(join(root, 'scorecards'), '.yaml') };
}

/** Reads and checks a content folder (the fixture site's by default) with the real checker. */
export function loadContent(root = join(siteRoot, 'content')) {
  return checkContent(contentSources(root), siteConfig);
}
