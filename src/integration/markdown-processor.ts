/**
 * The Markdown processor of every Setlist site: Astro's `unified()` with remark-gfm, reading MDX's
 * syntax (remark-mdx) so an article body's part tags and JSX-written HTML elements parse as they
 * do for the content check. Bodies are rendered to HTML when the content is loaded
 * (mdx-entry-type.ts, on the threads of body-render-pool.ts), not compiled to modules; the
 * pipeline's own steps are in src/markdown/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { isExternalUrl } from '../domain/urls.ts';
import { mdxHandlers, rehypeExternalLinks, rehypeTaskBoxes } from '../markdown/body-plugins.ts';

type Processor = ReturnType<typeof unified>;
export type MarkdownRendererOptions = Parameters<Processor['createRenderer']>[0];
export type MarkdownRenderer = Awaited<ReturnType<Processor['createRenderer']>>;

/**
 * What rendered HTML depends on besides the body: the pipeline's code (this module, the entry
 * type, src/markdown/ and what they read) and every installed package's version (the site's
 * lockfile, where it has one). Astro keeps rendered bodies in its content store until its config
 * changes; this digest is part of the config.
 */
function pipelineDigest(siteRoot: string): string {
  const hash = createHash('sha256');
  const markdownDir = new URL('../markdown/', import.meta.url);
  const files = [
    new URL(import.meta.url),
    new URL('./mdx-entry-type.ts', import.meta.url),
    new URL('../domain/anatomy.ts', import.meta.url),
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

/** The processor the render threads make for themselves: the pipeline alone, for a site served from `baseUrl`. */
export function bodyProcessor(baseUrl: string): Processor {
  return unified({
    gfm: false,
    remarkPlugins: [remarkMdx, remarkGfm],
    remarkRehype: { handlers: mdxHandlers },
    rehypePlugins: [rehypeTaskBoxes, [rehypeExternalLinks, { isExternal: (href: string) => isExternalUrl({ baseUrl }, href) }]],
  });
}

/** Astro's `markdown.processor` (the integration sets it): the same pipeline, with its digest in Astro's config. */
export function markdownProcessor(baseUrl: string, siteRoot: string): Processor & { pipelineDigest: string } {
  return { ...bodyProcessor(baseUrl), pipelineDigest: pipelineDigest(siteRoot) };
}
