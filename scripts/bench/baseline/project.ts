/**
 * Writes the bench baseline: a bare Astro project that renders the same generated articles,
 * one plain page each, with nothing of Setlist around them (no layout, no parts, no Pagefind,
 * no checks). Its build time is what Astro and the Markdown pipeline cost on their own, the
 * floor a Setlist build is compared with. One project per processor, so the two builds share
 * no cache, `.astro/` folder or output.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `setlist` is Setlist's processor (Sätteri with Setlist's steps); `satteri` is Astro 7's default, shown beside it. */
export type BareProcessor = 'setlist' | 'satteri';

export const processorLabels: Record<BareProcessor, string> = { setlist: "Setlist's processor", satteri: 'Sätteri' };

export interface BareProject {
  processor: BareProcessor;
  root: string;
  cacheDir: string;
  outDir: string;
}

/**
 * The Markdown settings of each variant. `setlist` is exactly Setlist's: its processor (Sätteri
 * with the same steps) and its code highlighting, read from Setlist's own source. Sätteri is what
 * Astro 7 uses when `markdown.processor` is left out (its config schema defaults to `satteri()`,
 * and @astrojs/mdx takes the same processor), with GFM built in and the same highlighting.
 */
const markdownConfig: Record<BareProcessor, { imports: (file: string) => string[]; markdown: string }> = {
  setlist: {
    imports: (file) => [
      `import { markdownProcessor } from ${importOf(file, 'src/integration/markdown-processor.ts')};`,
      `import { shikiConfig, syntaxHighlight } from ${importOf(file, 'src/markdown/code-highlight.ts')};`,
    ],
    markdown: "{ processor: markdownProcessor('https://bench.example', 'en'), syntaxHighlight, shikiConfig }",
  },
  satteri: {
    imports: (file) => [`import { shikiConfig, syntaxHighlight } from ${importOf(file, 'src/markdown/code-highlight.ts')};`],
    markdown: '{ syntaxHighlight, shikiConfig }',
  },
};

/** A specifier for a Setlist source file, relative to the generated file that imports it. */
function importOf(fromFile: string, setlistPath: string): string {
  return JSON.stringify(relative(dirname(fromFile), join(projectRoot, setlistPath)));
}

function astroConfig(project: BareProject): string {
  const configFile = join(project.root, 'astro.config.mjs');
  const { imports, markdown } = markdownConfig[project.processor];
  return `// Bare baseline (${project.processor}), written by scripts/bench/baseline/project.ts.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { knownWarningsPlugin } from ${importOf(configFile, 'src/integration/known-warnings.ts')};
${imports(configFile).join('\n')}

export default defineConfig({
  integrations: [mdx()],
  markdown: ${markdown},
  outDir: ${JSON.stringify(project.outDir)},
  // node_modules is a link to Setlist's, so the default caches (node_modules/.astro, .vite)
  // would land in Setlist's own; these keep every build of this project cold and separate.
  cacheDir: ${JSON.stringify(project.cacheDir)},
  vite: {
    cacheDir: ${JSON.stringify(join(project.cacheDir, 'vite'))},
    // The same filter as Setlist's integration: without it this build alone would print a
    // bundler warning per article, time that is not the pipeline's and would flatter the ratio.
    plugins: [knownWarningsPlugin()],
  },
  devToolbar: { enabled: false },
});
`;
}

function contentConfig(file: string, contentDir: string): string {
  return `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { insightsGlob } from ${importOf(file, 'src/node/env.ts')};

// Any frontmatter passes: the baseline measures rendering, not Setlist's schema.
export const collections = {
  insights: defineCollection({
    loader: glob({ pattern: insightsGlob, base: ${JSON.stringify(join(contentDir, 'insights'))} }),
    schema: z.looseObject({}),
  }),
};
`;
}

function articlePage(file: string): string {
  return `---
import { getCollection, render } from 'astro:content';
// Aliased: every .astro file already has an implicit \`Fragment\` in scope.
import { Fragment as EmptyFragment, jsx } from 'astro/jsx-runtime';
import { articlePartTags } from ${importOf(file, 'src/domain/anatomy.ts')};

export async function getStaticPaths() {
  const entries = await getCollection('insights');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
// The body's part tags (<Tldr /> …) render nothing: only the Markdown pipeline is measured.
// An empty JSX fragment, not null: @astrojs/mdx's renderer only accepts a function that
// returns JSX, and would fail the build with "no matching renderer" otherwise.
const nothing = () => jsx(EmptyFragment, {});
const components = Object.fromEntries(articlePartTags.map((tag) => [tag, nothing]));
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main><Content components={components} /></main>
  </body>
</html>
`;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Writes the bare project for one processor into `<baseDir>/<processor>/`, reading articles from `<contentDir>/insights/`. */
export function writeBareProject(baseDir: string, processor: BareProcessor, contentDir: string): BareProject {
  const root = join(baseDir, processor);
  const project: BareProject = { processor, root, cacheDir: join(root, 'cache'), outDir: join(root, 'dist') };
  mkdirSync(root, { recursive: true });
  write(join(root, 'package.json'), `${JSON.stringify({ name: `setlist-bench-bare-${processor}`, private: true, type: 'module' }, null, 2)}\n`);
  // Its own tsconfig, so Vite does not pick up Setlist's from a folder above.
  write(join(root, 'tsconfig.json'), `${JSON.stringify({ extends: 'astro/tsconfigs/base' }, null, 2)}\n`);
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  write(join(root, 'astro.config.mjs'), astroConfig(project));
  const contentConfigFile = join(root, 'src', 'content.config.ts');
  write(contentConfigFile, contentConfig(contentConfigFile, contentDir));
  const pageFile = join(root, 'src', 'pages', '[slug].astro');
  write(pageFile, articlePage(pageFile));
  return project;
}
