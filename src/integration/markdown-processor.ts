/**
 * The Markdown processor of every Setlist site: Astro's `unified()` with remark-gfm and the
 * pipeline's own steps (src/markdown/). It is Astro's `markdown.processor`, which @astrojs/mdx
 * inherits to compile the bodies that run JavaScript; the bodies that do not are rendered to HTML
 * as the content loads (articles-loader.ts, on the threads of body-render-pool.ts) by the same
 * steps, reading MDX's syntax, so both paths write the same HTML.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { isExternalUrl } from '../domain/urls.ts';
import { mdxHandlers, rehypeExternalLinks, rehypeTaskBoxes, remarkPlainBodiesOnly } from '../markdown/body-plugins.ts';
import remarkDirective from 'remark-directive';
import { remarkCallouts } from '../markdown/callouts.ts';
import { rehypeCodeBlocks } from '../markdown/code-highlight.ts';
import { remarkDirectiveRestoration } from '../markdown/directive-restoration.ts';
import { remarkFigures } from '../markdown/figures.ts';
import { remarkPartMarkers } from '../markdown/part-markers.ts';

type Processor = ReturnType<typeof unified>;
type RehypePlugins = NonNullable<Parameters<typeof unified>[0]>['rehypePlugins'];
export type MarkdownRendererOptions = Parameters<Processor['createRenderer']>[0];
export type MarkdownRenderer = Awaited<ReturnType<Processor['createRenderer']>>;

/** The steps both paths run, for a site served from `baseUrl`: GFM, callouts, figures, part markers, task boxes, external links, code blocks. */
function bodySteps(baseUrl: string) {
  return {
    // Directives the body does not use as callouts go back to the text the author wrote first.
    remarkPlugins: [remarkGfm, remarkDirective, remarkDirectiveRestoration, remarkCallouts, remarkFigures, remarkPartMarkers],
    rehypePlugins: [
      rehypeTaskBoxes,
      [rehypeExternalLinks, { isExternal: (href: string) => isExternalUrl({ baseUrl }, href) }],
      rehypeCodeBlocks,
    ] satisfies RehypePlugins,
  };
}

/** Astro's `markdown.processor` (the integration sets it), which @astrojs/mdx inherits. */
export function markdownProcessor(baseUrl: string): Processor {
  const steps = bodySteps(baseUrl);
  return unified({ gfm: false, remarkPlugins: steps.remarkPlugins, rehypePlugins: steps.rehypePlugins });
}

/**
 * The processor the render threads make for themselves: MDX's syntax read, its HTML elements
 * written as HTML, and a body that runs JavaScript refused (BodyNeedsCompiling) for @astrojs/mdx.
 */
export function bodyProcessor(baseUrl: string): Processor {
  const steps = bodySteps(baseUrl);
  return unified({
    gfm: false,
    remarkPlugins: [remarkMdx, remarkPlainBodiesOnly, ...steps.remarkPlugins],
    remarkRehype: { handlers: mdxHandlers },
    rehypePlugins: steps.rehypePlugins,
  });
}

/**
 * What a rendered body depends on besides its text: the pipeline's code (this module, the loader,
 * src/markdown/ and what they read) and every installed package's version (the site's lockfile,
 * where it has one). Part of each article's digest, so a changed pipeline renders every body again.
 */
export function pipelineDigest(siteRoot: string): string {
  const hash = createHash('sha256');
  const markdownDir = new URL('../markdown/', import.meta.url);
  const files = [
    new URL(import.meta.url),
    new URL('./articles-loader.ts', import.meta.url),
    new URL('../domain/anatomy.ts', import.meta.url),
    new URL('../domain/page-ids.ts', import.meta.url),
    new URL('../domain/urls.ts', import.meta.url),
    ...readdirSync(markdownDir)
      .sort()
      .map((name) => new URL(name, markdownDir)),
    new URL('../../package.json', import.meta.url),
  ];
  const lockfile = join(siteRoot, 'package-lock.json');
  for (const file of existsSync(lockfile) ? [...files, lockfile] : files) hash.update(readFileSync(file)).update('\0');
  return hash.digest('base64url').slice(0, 22);
}
