/**
 * The Markdown processor of every Setlist site: Astro's Sätteri processor (Markdown parsed and
 * written in Rust, GFM, smart punctuation and `:::` directives built in) with the pipeline's own
 * steps (src/markdown/). It is Astro's `markdown.processor`, which @astrojs/mdx inherits to compile
 * the bodies that run JavaScript; the bodies that do not are rendered to HTML as the content loads
 * (articles-loader.ts, on the threads of body-render-pool.ts) by the same steps in the same order,
 * reading MDX's syntax, so both paths write the same HTML, in the site's language (the words the
 * steps write: callout kinds, task boxes, code blocks' names).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  satteri,
  satteriCollectImagesPlugin,
  satteriCreateHighlightFn,
  satteriHeadingIdsPlugin,
  satteriHighlightPlugin,
  satteriImageMarkerPlugin,
  type SatteriAstroData,
} from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { uiText } from '../domain/ui-text/index.ts';
import { uiLanguages } from '../domain/ui-text/language.ts';
import { isExternalUrl } from '../domain/urls.ts';
import { externalLinks, plainBodyHtml, taskBoxes } from '../markdown/body-plugins.ts';
import { plainBodiesOnly } from '../markdown/body-syntax.ts';
import { callouts } from '../markdown/callouts.ts';
import { directiveRestoration } from '../markdown/directive-restoration.ts';
import { codeBlocks } from '../markdown/code-highlight.ts';
import { figures } from '../markdown/figures.ts';
import { partMarkers } from '../markdown/part-markers.ts';

type Processor = ReturnType<typeof satteri>;
export type MarkdownRendererOptions = Parameters<Processor['createRenderer']>[0];
export type MarkdownRenderer = Awaited<ReturnType<Processor['createRenderer']>>;
type RenderedBody = Awaited<ReturnType<MarkdownRenderer['render']>>;

/** What the parser reads besides CommonMark: GFM, `:::` directives (callouts) and smart punctuation. */
const features = { gfm: true, directive: true, smartPunctuation: true };

/**
 * The steps both paths run, for a site served from `baseUrl` in `language` (a BCP 47 tag):
 * directives back to text, callouts, figures, part markers, task boxes, external links, code blocks.
 */
function bodySteps(baseUrl: string, language: string) {
  const text = uiText(language).article.body;
  return {
    mdastPlugins: [directiveRestoration, callouts(text.callouts), figures, partMarkers],
    hastPlugins: [taskBoxes(text), externalLinks((href) => isExternalUrl({ baseUrl }, href)), codeBlocks(text)],
  };
}

/** Astro's `markdown.processor` (the integration sets it), which @astrojs/mdx inherits. */
export function markdownProcessor(baseUrl: string, language: string): Processor {
  return satteri({ features, ...bodySteps(baseUrl, language) });
}

/**
 * The renderer the render threads make for themselves: MDX's syntax read, Astro's steps around
 * the site's in the order Astro's own pipeline runs them (collected images after the Markdown
 * steps; highlighting before the HTML steps, image markers and heading ids after), MDX's HTML
 * elements written as HTML, and a body that runs JavaScript refused (BodyNeedsCompiling) for
 * @astrojs/mdx.
 */
export async function plainBodyRenderer(shared: MarkdownRendererOptions, baseUrl: string, language: string): Promise<MarkdownRenderer> {
  const steps = bodySteps(baseUrl, language);
  const highlight = await satteriCreateHighlightFn(shared.syntaxHighlight, shared.shikiConfig);
  const excludeLangs = typeof shared.syntaxHighlight === 'object' ? shared.syntaxHighlight.excludeLangs : undefined;
  return {
    async render(body, options): Promise<RenderedBody> {
      const astro: SatteriAstroData = { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
      const { data } = await mdxToJs(body, {
        // As @astrojs/mdx reads them: the site's `markdown.gfm` and `markdown.smartypants` win.
        features: { ...features, gfm: shared.gfm !== false, smartPunctuation: shared.smartypants !== false },
        fileURL: options?.fileURL,
        data: { astro },
        mdastPlugins: [...steps.mdastPlugins, satteriCollectImagesPlugin(shared.image)],
        hastPlugins: [
          plainBodiesOnly,
          highlight && satteriHighlightPlugin(highlight, excludeLangs),
          ...steps.hastPlugins,
          satteriImageMarkerPlugin(),
          satteriHeadingIdsPlugin(),
          plainBodyHtml,
        ],
      });
      return {
        code: String(data.html),
        metadata: { headings: astro.headings, localImagePaths: [...astro.localImagePaths], remoteImagePaths: [...astro.remoteImagePaths], frontmatter: {} },
      };
    },
  };
}

/**
 * What a rendered body depends on besides its text and the site's language: the pipeline's code
 * (this module, the loader, src/markdown/ and what they read, the words its steps write in each
 * language) and every installed package's version (the site's lockfile, where it has one). Part of
 * each article's digest, so a changed pipeline renders every body again.
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
    new URL('../domain/ui-text/language.ts', import.meta.url),
    ...uiLanguages.map((language) => new URL(`../domain/ui-text/${language}/article.ts`, import.meta.url)),
    ...readdirSync(markdownDir)
      .sort()
      .map((name) => new URL(name, markdownDir)),
    new URL('../../package.json', import.meta.url),
  ];
  const lockfile = join(siteRoot, 'package-lock.json');
  for (const file of existsSync(lockfile) ? [...files, lockfile] : files) hash.update(readFileSync(file)).update('\0');
  return hash.digest('base64url').slice(0, 22);
}
