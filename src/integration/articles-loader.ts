/**
 * The content loader of a Setlist site's articles (`content/insights/**\/*.mdx`), on Astro's
 * Content Loader API. The frontmatter is read as the content check reads it (src/authoring/
 * frontmatter.ts) and validated with the site's schema; the body takes one of two paths
 * (src/markdown/body-syntax.ts): a body that runs no JavaScript is rendered to HTML here, on the
 * render threads (body-render-pool.ts), and kept in the content store with the file's digest, so
 * a build bundles no module for it and a rebuild renders only what changed; a body that imports
 * or uses components is left for @astrojs/mdx to compile (`deferredRender`). Either way the page
 * calls Astro's `render()` (src/components/ArticleBody.astro). The dev server starts with every
 * body left to @astrojs/mdx, and on a save reads only the files the save changed (`ArticlesRefresh`).
 * A rendered body holds words in the site's language (callout kinds, …): the language is part of
 * its digest, so a body rendered in one language is never kept for another.
 *
 * An entry keeps no copy of its body's text: Astro writes the whole store, and the dev server's pages
 * read it whole again, after every save, and the texts were nearly half of it. What the pages need of
 * a body's text (its outline, its reading time) the content check hands them (content-state.ts).
 */
import { existsSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import { dirname, join, matchesGlob, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseYaml, splitFrontmatter } from '../authoring/frontmatter.ts';
import { imageFilePath } from '../domain/image-source.ts';
import { contentEntryId } from '../domain/locales.ts';
import { siteConfig } from 'virtual:setlist/config';
import { BodyRenderPool, devBodyRenderPool, type BodyRenderWorkerData } from './body-render-pool.ts';
import { articlesLoaderName } from './loader-names.ts';
import { pipelineDigest } from './markdown-processor.ts';

/** A file the loader could not read into an entry, named as the author knows it. */
export class ArticleLoadError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleLoadError';
  }
}

/**
 * What the dev server tells the loader when it has it read the articles again: the files a save
 * changed (absolute paths). Astro hands the loader this very object, and the loader marks it `read`:
 * Astro's `refreshContent` skips its sync without a word while Astro reloads the content config,
 * which it does on every saved `.mdx` or `.yaml` it watches, so the dev server asks again until the
 * loader has read the files (src/integration/index.ts).
 */
export type ArticlesRefresh = { changedFiles: string[]; read?: boolean };

/** The changed files a refresh names, or undefined when it names none (read every file). */
function changedArticles(data: Record<string, unknown> | undefined): string[] | undefined {
  const files = (data as Partial<ArticlesRefresh> | undefined)?.changedFiles;
  return Array.isArray(files) && files.every((file) => typeof file === 'string') ? files : undefined;
}

/** The articles loader: `folder` is the site's insights folder, `pattern` the articles in it. */
export function articlesLoader(folder: string, pattern: string): Loader {
  // The pipeline's digest reads its code and the lockfile: once, not on every dev server change.
  let pipeline: string | undefined;
  return {
    name: articlesLoaderName,
    load: async (context) => {
      const { config, store, watcher } = context;
      const root = fileURLToPath(config.root);
      const base = resolve(root, folder);
      const code = (pipeline ??= pipelineDigest(root));
      const renderOptions: BodyRenderWorkerData = {
        shared: {
          image: { domains: config.image.domains, remotePatterns: config.image.remotePatterns },
          syntaxHighlight: config.markdown.syntaxHighlight,
          shikiConfig: config.markdown.shikiConfig,
          gfm: config.markdown.gfm,
          smartypants: config.markdown.smartypants,
        },
        // The integration sets `site` from the required `baseUrl`.
        baseUrl: config.site ?? '',
        language: siteConfig.language,
      };
      // A build's load has threads of its own and ends them when it is done (body-render-pool.ts).
      const renderPool = watcher ? devBodyRenderPool(renderOptions) : new BodyRenderPool(renderOptions);

      /**
       * Reads one file into the store; its id, or undefined when it could not be read. With
       * `renderBody` false the body is left to @astrojs/mdx, as one that runs JavaScript always is.
       */
      async function loadFile(path: string, renderBody: boolean): Promise<string | undefined> {
        const file = relative(root, path);
        const contents = await readFile(path, 'utf8').catch(() => undefined);
        if (contents === undefined) return undefined;
        const id = contentEntryId(relative(base, path), siteConfig.locales);
        const digest = context.generateDigest(`${code}\0${siteConfig.language}\0${contents}`);
        const existing = store.get(id);
        if (existing?.digest === digest && existing.filePath === file) {
          // Unchanged: the store keeps the entry. One with pictures is stored again, so Astro writes
          // their imports out anew: the file it keeps them in is shared with other runs (the dev server's).
          if (existing.assetImports?.length) {
            store.delete(id);
            store.set(existing);
          }
          return id;
        }
        const split = splitFrontmatter(contents);
        const yaml = parseYaml(split.yaml ?? '');
        const syntaxError = yaml.syntaxErrors[0];
        if (syntaxError) throw new ArticleLoadError(`${file}:${syntaxError.line + split.yamlFirstLine - 1}`, syntaxError.message);
        const data = await context.parseData({ id, data: (yaml.data ?? {}) as Record<string, unknown>, filePath: path });
        // Blank lines in place of the frontmatter: a message about the body names the file's own line.
        const body = '\n'.repeat(split.bodyFirstLine - 1) + split.body;
        const rendered = renderBody
          ? await renderPool.render(body, pathToFileURL(path)).catch((error: Error) => {
              throw new ArticleLoadError(file, error.message);
            })
          : 'compile';
        if (rendered === 'compile') {
          store.set({ id, data, filePath: file, digest, deferredRender: true });
          return id;
        }
        const { localImagePaths, remoteImagePaths } = rendered.metadata;
        // A picture that is not there would break every page that imports the content's pictures
        // (the dev server's too): the entry keeps its last good version until the file is there.
        const missing = localImagePaths.find((src) => !existsSync(resolve(dirname(path), imageFilePath(src))));
        if (missing) throw new ArticleLoadError(file, `image ${missing} not found`);
        const imagePaths = [...localImagePaths, ...remoteImagePaths];
        store.set({
          id,
          data,
          filePath: file,
          digest,
          rendered: { html: rendered.code, metadata: { headings: rendered.metadata.headings, imagePaths } },
          assetImports: imagePaths,
        });
        return id;
      }

      /**
       * Every article: new and changed ones read, removed ones forgotten (a file that shared its
       * name with a removed one is read again). A file that cannot be read stops a build
       * (collections.ts reports every problem); the dev server, which has this loader read the
       * files again on every change (the integration's `refreshContent`), keeps its last good
       * entry and says so, while the content check shows why on every page.
       */
      async function loadAll(renderBodies: boolean): Promise<void> {
        const paths: string[] = [];
        for await (const path of glob(pattern, { cwd: base })) paths.push(join(base, path));
        const kept = await loadEach(paths.sort(), renderBodies);
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      }

      /** Reads `paths` into the store; the ids kept, a file that cannot be read keeping its last good entry in the dev server. */
      async function loadEach(paths: string[], renderBodies: boolean): Promise<Set<string | undefined>> {
        const loaded = await Promise.allSettled(paths.map((path) => loadFile(path, renderBodies)));
        const kept = new Set<string | undefined>();
        for (const [index, outcome] of loaded.entries()) {
          if (outcome.status === 'fulfilled') kept.add(outcome.value);
          else if (!watcher) throw outcome.reason;
          else {
            kept.add(contentEntryId(relative(base, paths[index] ?? ''), siteConfig.locales));
            logNotLoaded(context, outcome.reason);
          }
        }
        return kept;
      }

      // The dev server renders no body as it loads every article: it leaves them to @astrojs/mdx,
      // which compiles only what a page shows, when it is shown (the same steps, the same HTML).
      // A save reads only the files it changed (a removed file, which may have hidden another of
      // the same name, has every file read again), and renders the saved body here: a body left to
      // @astrojs/mdx makes Astro wait out the debounce of its content modules before the save is in.
      const changed = changedArticles(context.refreshContextData);
      const articles = changed?.filter((path) => matchesGlob(relative(base, path), pattern));
      try {
        if (articles?.every((path) => existsSync(path))) await loadEach(articles, true);
        else await loadAll(!watcher);
      } finally {
        if (!watcher) await renderPool.close();
      }
      if (changed) (context.refreshContextData as ArticlesRefresh).read = true;
      // A render thread ready for the dev server's first save (threads start idle and unreferenced).
      if (watcher && !changed) void renderPool.render('', undefined).catch(() => undefined);
    },
  };
}

/**
 * One line for a file the dev server could not read into the store (Astro's schema messages
 * span several lines, with Markdown emphasis). The content check names most such problems too;
 * a site's own fields only the loaders validate.
 */
export function logNotLoaded({ logger }: LoaderContext, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .replaceAll('**', '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  logger.warn(`not loaded: ${lines.join(' ').replace(/\.\s/, ': ')}`);
}
