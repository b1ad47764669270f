/**
 * Setlist's side of the dev loop bench (dev-loop.ts): `astro dev` on the bench's corpus, and the
 * three edits an author makes most: an article's body, its frontmatter, and the scorecard
 * template its scorecard page is drawn from.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroCli } from '../../src/node/astro-cli.ts';
import type { Corpus } from './corpus.ts';
import { appendParagraph, markYamlValue, type DevTarget } from './dev-loop.ts';

export interface SetlistDevSetup {
  projectRoot: string;
  contentDir: string;
  cacheDir: string;
  corpus: Corpus;
}

export function setlistDevTarget(setup: SetlistDevSetup): DevTarget {
  // The corpus's first plain article (one that imports a component is compiled by @astrojs/mdx).
  const slug = setup.corpus.slugs.find((candidate) => !/^import /m.test(articleText(setup, candidate))) ?? setup.corpus.slugs[0]!;
  const file = join(setup.contentDir, 'insights', `${slug}.mdx`);
  const template = /^\s+template: (\S+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
  if (!template) throw new Error(`the bench article ${file} names no scorecard template`);
  const articlePath = `/insights/${slug}/`;
  return {
    name: 'Setlist',
    start: (port) => {
      // Cold: no content store (the dev server keeps its own in .astro/), no Vite dependency cache.
      for (const cache of [setup.cacheDir, join(setup.projectRoot, '.astro'), join(setup.projectRoot, 'node_modules/.vite')])
        rmSync(cache, { recursive: true, force: true });
      const env: NodeJS.ProcessEnv = { ...process.env, SETLIST_CONTENT_DIR: setup.contentDir, SETLIST_CACHE_DIR: setup.cacheDir, NO_COLOR: '1' };
      delete env.NODE_ENV;
      return spawn(process.execPath, [astroCli(), 'dev', '--port', String(port)], {
        cwd: setup.projectRoot,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    },
    firstPagePath: articlePath,
    edits: [
      { kind: 'body', file, pagePath: articlePath, apply: appendParagraph },
      { kind: 'frontmatter', file, pagePath: articlePath, apply: (text, marker) => markYamlValue(text, 'description', marker) },
      {
        kind: 'template',
        file: join(setup.contentDir, 'scorecards', `${template}.yaml`),
        pagePath: `${articlePath}scorecard/`,
        apply: (text, marker) => markYamlValue(text, 'evidencePrompt', marker),
      },
    ],
  };
}

function articleText(setup: SetlistDevSetup, slug: string): string {
  const file = setup.corpus.files.find((candidate) => candidate.path === `insights/${slug}.mdx`);
  return typeof file?.content === 'string' ? file.content : '';
}
