/**
 * Setlist as an Astro integration, `setlist({...})` in a site's astro.config.mjs: it validates
 * the options, sets what every Setlist site needs (site URL, trailing slashes, the Markdown
 * processor, the Content-Security-Policy, build options, the sitemap), injects every page at the
 * paths the options give, runs the content check (in a build, on another thread while Astro
 * syncs the content; in the dev server on every content change, shown on every page until
 * fixed), and draws preview images beside the build. The search index and the link check run
 * after `astro build` exits (`setlist build`, scripts/build.ts): inside its last hook they would
 * add their memory to Astro's at its peak.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, matchesGlob, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger, AstroUserConfig } from 'astro';
import { checkContentInWorker, devContentChecks, type ContentOnDisk, type DevContentChecks } from '../node/check-content-files.ts';
import { contentStateText, type StateMode } from '../node/content-state-of.ts';
import type { CheckedArticle } from '../authoring/check/index.ts';
import type { CheckReport } from '../authoring/check/report.ts';
import { unpublishedReason } from '../domain/ordering.ts';
import { contentStatusPath } from '../domain/problems-page.ts';
import { themeBeforePaintScript } from '../domain/theme-before-paint.ts';
import { configInLocale, isRootLocale, pathsInLocale, rootLocaleKey } from '../domain/locales.ts';
import { articleOgImagePath, localeHomePaths, notFoundRoute } from '../domain/urls.ts';
import {
  afterAstroBuildVariable,
  buildTime,
  type AfterBuildOptions,
  cacheDirs,
  contentFolder,
  contentFolders,
  contentRoot,
  insightsGlob,
  scorecardsGlobs,
} from '../node/env.ts';
import { isInFolders, watchContentFolders } from '../node/content-watcher.ts';
import { articleOgImageInput, siteOgImageInput } from '../og/inputs.ts';
import type { DrawingJob } from '../og/prerender-process.ts';
import type { OgImageInput } from '../og/draw.ts';
import { undrawableCharacters } from '../og/script-fonts.ts';
import { injectedPages } from '../route-data/injected-pages.ts';
import { untranslatedArticlePaths } from '../route-data/published-paths.ts';
import type { ContentState } from '../route-data/content-state.ts';
import type { SetlistOptions, SiteConfig } from '../schemas/site.ts';
import type { ArticlesRefresh } from './articles-loader.ts';
import { setlistFonts } from './body-font.ts';
import { devContentChanges, type ContentChange } from './dev-content-changes.ts';
import { devPagesGate } from './dev-pages-gate.ts';
import { articlesLoaderName, scorecardsLoaderName } from './loader-names.ts';
import { knownWarningsPlugin } from './known-warnings.ts';
import { markdownProcessor } from './markdown-processor.ts';
import { shikiConfig, syntaxHighlight } from '../markdown/code-highlight.ts';
import { assertPublicFilesExist, parseSetlistOptions, untranslatedLanguageWarning } from './options.ts';
import { drawImagesAhead, writeImagesInto, type DrawnImages } from './preview-images.ts';
import { filesUnder, removeStaleOutput } from '../node/stale-output.ts';
import { gitHistory, type GitHistory } from '../node/git-history.ts';
import { repeatedWarningsLine, ShownWarnings } from './shown-warnings.ts';
import { setlistModulesPlugin, writeContentState } from './virtual-modules.ts';

export type { SetlistOptions, SiteConfig };

/** The check's report on the terminal; with `shown` (the dev server's), warnings already printed are counted, not printed again. */
function logReport(report: CheckReport, logger: AstroIntegrationLogger, shown?: ShownWarnings): void {
  const { fresh, repeated } = shown ? shown.take(report.warnings) : { fresh: report.warnings, repeated: 0 };
  for (const warning of fresh) logger.warn(warning);
  if (repeated > 0) logger.info(repeatedWarningsLine(repeated));
  if (report.ok) logger.info(report.summary);
  else logger.error([report.summary, ...report.errors.map((error) => `  ${error.text}`)].join('\n'));
}

/** Warns about text a preview image cannot draw (no shipped font has the characters): the build goes on, the card shows boxes. */
function warnUndrawable(source: string, input: OgImageInput, logger: AstroIntegrationLogger): void {
  for (const { field, characters } of undrawableCharacters(input)) {
    logger.warn(`${source}  ${field}: no preview-image font draws ${characters.map((character) => `"${character}"`).join(' ')}; the card shows a box for each`);
  }
}

/** The checked articles a build publishes; the others are named in the log, one line each, so no one wonders where a playbook went. */
function publishedArticles(articles: readonly CheckedArticle[], publishing: ContentState['publishing'], logger: AstroIntegrationLogger): CheckedArticle[] {
  const options = { includeDrafts: publishing.includeDrafts, now: new Date(publishing.now) };
  return articles.filter((article) => {
    const reason = unpublishedReason({ id: article.slug, data: article.data }, options);
    if (reason) logger.info(`${article.file} not published: ${reason}`);
    return !reason;
  });
}

/**
 * The sitemap: every public page (drafts and future-dated articles are never built, so never
 * listed) but the copies of untranslated articles in other languages; in a site with several
 * languages, each page with its translations as `hreflang` alternates.
 */
function sitemapOptions(config: SiteConfig, untranslated: () => Set<string>): Parameters<typeof sitemap>[0] {
  const filter = (page: string) => {
    const path = new URL(page).pathname;
    return !path.startsWith(notFoundRoute) && !untranslated().has(path);
  };
  if (config.locales.length === 1) return { filter };
  return { filter, i18n: { defaultLocale: rootLocaleKey, locales: Object.fromEntries(config.locales.map((locale) => [locale.key, locale.lang])) } };
}

/** The preview images of each language and of every published article, from the checked content. */
function imageJobs(config: SiteConfig, published: readonly CheckedArticle[], logger: AstroIntegrationLogger): DrawingJob[] {
  // Each language has its own card, and each article one in the language it is written in (an untranslated one's pages show its original's).
  return config.locales.flatMap((locale) => {
    const inLocale = configInLocale(config, locale);
    const own = published.filter((article) => article.locale === locale.key);
    const where = isRootLocale(locale) ? 'astro.config.mjs  setlist()' : `astro.config.mjs  setlist() option locales.${locale.key}`;
    warnUndrawable(where, siteOgImageInput(inLocale), logger);
    for (const article of own) warnUndrawable(article.file, articleOgImageInput(inLocale, article.data), logger);
    return [
      { name: isRootLocale(locale) ? 'site' : `${locale.key}/site`, path: localeHomePaths(inLocale).siteOgImage, input: siteOgImageInput(inLocale) },
      ...own.map((article) => ({ name: article.id, path: articleOgImagePath(inLocale, article.slug), input: articleOgImageInput(inLocale, article.data) })),
    ];
  });
}

/** Says once where "Last changed" comes from when git cannot tell for every article. */
function logHistoryGaps(history: GitHistory | undefined, checked: ContentOnDisk, logger: AstroIntegrationLogger): void {
  const fallback = '"Last changed" shows the updated date (or the published date)';
  if (!history) {
    logger.info(`no git history for ${checked.root}/: ${fallback} of every article`);
    return;
  }
  const uncommitted = (checked.result?.articles ?? []).filter((article) => !history.lastChanged.has(resolve(article.file)));
  if (uncommitted.length)
    logger.info(
      `${uncommitted.length} article${uncommitted.length === 1 ? ' has' : 's have'} no commit yet, so ${fallback}: ${uncommitted
        .slice(0, 3)
        .map((article) => article.file)
        .join(', ')}${uncommitted.length > 3 ? ', …' : ''}`,
    );
}

/**
 * Every Setlist site's Content-Security-Policy: Astro hashes the scripts and styles it emits into
 * a per-page `<meta>`, and the theme script in `<head>`, which must run before the first paint and
 * so is inline, is allowed by the hash of its exact text. Every other resource is same-origin only.
 */
function contentSecurityPolicy() {
  const themeScriptHash = `sha256-${createHash('sha256').update(themeBeforePaintScript).digest('base64')}` as const;
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: { hashes: [themeScriptHash] },
  } satisfies NonNullable<AstroUserConfig['security']>['csp'];
}

/**
 * The integration. Options are validated here, as astro.config.mjs is loaded, so a bad one stops
 * every command (`dev`, `build`, `check`, Setlist's own) with the same message.
 */
export default function setlist(options: SetlistOptions): AstroIntegration & { siteConfig: SiteConfig } {
  const siteConfig = parseSetlistOptions(options);
  // Where the pages read the content check's findings (see virtual-modules.ts), set up per command.
  let stateFile = '';
  // Whether the last state handed to the pages was free of errors (the dev server's problems page asks).
  let publishedValid = true;
  // The dev server's checks, on another thread; the first runs while the server starts.
  let devChecks: DevContentChecks | undefined;
  // The first check's findings published; pages and saves wait for it.
  let devFirstCheck: Promise<void> = Promise.resolve();
  // The dev server's watch on the content folders, ended with the server (a restart makes a new one).
  let contentWatcher: ReturnType<typeof watchContentFolders> | undefined;
  const devShownWarnings = new ShownWarnings();
  // Read once per command: a save in the dev server changes no commit.
  let history: GitHistory | undefined;
  const publishState = (report: CheckReport, stateText: string) => {
    publishedValid = report.ok;
    writeContentState(stateFile, stateText);
  };
  let imagesDrawn: Promise<DrawnImages> | undefined;
  let checkedForBuild: Promise<{ checked: ContentOnDisk; mode: StateMode }> | undefined;
  // Only the drawing jobs are kept from the check, not its articles: the build's memory peak comes later.
  let drawingJobs: DrawingJob[] = [];
  // The pages of untranslated articles in another language, which the sitemap leaves out.
  let untranslatedPaths = new Set<string>();
  // Anything in the output folder older than this is from an earlier build (see stale-output.ts).
  let buildStartedMs = 0;
  let publicDir: URL | undefined;
  return {
    name: 'setlist',
    // Setlist's commands read the validated options from the site's config (src/node/site-config.ts).
    siteConfig,
    hooks: {
      'astro:config:setup': (setup) => {
        const { command, config, injectRoute, addMiddleware, updateConfig, logger } = setup;
        const siteRoot = fileURLToPath(config.root);
        assertPublicFilesExist(siteConfig, config.publicDir);
        for (const locale of siteConfig.locales) {
          const untranslated = untranslatedLanguageWarning(locale.lang, isRootLocale(locale) ? 'language' : `locales.${locale.key}.lang`);
          if (untranslated) logger.warn(untranslated);
        }
        const caches = cacheDirs(process.env);
        // One file per command: a dev server and a build of the same site publish different articles.
        stateFile = resolve(siteRoot, caches.contentState, `${command}.json`);
        // Article bodies that import components are compiled by @astrojs/mdx (a site may have added it already).
        const mdxIntegration = config.integrations.some((integration) => integration.name === '@astrojs/mdx') ? [] : [mdx()];
        for (const page of injectedPages(siteConfig)) {
          if (page.devOnly && command !== 'dev') continue;
          injectRoute({ pattern: page.pattern, entrypoint: new URL(`../routes/${page.entrypoint}`, import.meta.url), prerender: true });
        }
        updateConfig({
          site: siteConfig.baseUrl,
          trailingSlash: 'always',
          // Every public page; drafts and future-dated articles are never built, so never listed.
          integrations: [sitemap(sitemapOptions(siteConfig, () => untranslatedPaths)), ...mdxIntegration],
          markdown: {
            // Sätteri with Setlist's steps; @astrojs/mdx inherits it.
            processor: markdownProcessor(siteConfig.baseUrl, siteConfig.language),
            // Code fences highlighted at build time, coloured by classes (the CSP blocks style attributes).
            syntaxHighlight,
            shikiConfig,
          },
          build: {
            // Stylesheets stay files, so the Content-Security-Policy needs no inline-style exception.
            inlineStylesheets: 'never',
            // A page spends a third of its time waiting for its files to be written; with several
            // in flight the thread renders meanwhile (measured: eight beat one and four).
            concurrency: 8,
          },
          security: { csp: contentSecurityPolicy() },
          fonts: setlistFonts(),
          // Separate caches let test builds of fixture content run beside the real one.
          cacheDir: pathToFileURL(`${resolve(siteRoot, caches.astro)}/`),
          devToolbar: { enabled: false },
          // Pages whose cache key and code are unchanged since the last build are copied, not
          // rendered again (the keys are set in getStaticPaths).
          experimental: { incrementalBuild: true },
          vite: { plugins: [setlistModulesPlugin(siteConfig, stateFile), knownWarningsPlugin()] },
        });
        // `astro sync` and `astro check` (types) and `astro preview` (a built site) render no page:
        // they need no content check, and `setlist check` has run its own before type-checking.
        if (command !== 'dev' && command !== 'build') return;
        if (command === 'dev') {
          // Setlist watches the content folders itself (content-watcher.ts says why).
          const folders = contentFolders(resolve(contentRoot(process.env)));
          updateConfig({ vite: { server: { watch: { ignored: [(path: string) => isInFolders(folders, path)] } } } });
        }
        const mode = { live: command === 'dev', publishing: { includeDrafts: command === 'dev', now: buildTime(process.env).toISOString() } };
        history = gitHistory(contentRoot(process.env));
        if (command === 'build') {
          buildStartedMs = Date.now();
          publicDir = config.publicDir;
          // Unchanged pages stay where the last build wrote them; the end of the build removes
          // what it neither wrote nor kept (src/node/stale-output.ts).
          updateConfig({ vite: { build: { emptyOutDir: false } } });
          // On another thread while Astro syncs the content; `astro:build:start` waits for it.
          checkedForBuild = checkContentInWorker(process.env, siteConfig).then((checked) => {
            logReport(checked.report, logger);
            logHistoryGaps(history, checked, logger);
            if (!checked.report.ok) {
              // Astro prints any error thrown from a hook with a stack trace, which says nothing more
              // here; the build stops with a one-line reason and a non-zero exit instead.
              logger.error('build stopped by the content problems above; fix them and build again (`npm run check` lists them without building)');
              process.exit(1);
            }
            // The images start as soon as the check has named them, while Astro still loads the
            // content: at a lower priority they fill the moments its threads leave, and finish
            // with the pages instead of after them.
            const published = publishedArticles(checked.result?.articles ?? [], mode.publishing, logger);
            drawingJobs = imageJobs(siteConfig, published, logger);
            untranslatedPaths = untranslatedArticlePaths(siteConfig, published);
            imagesDrawn = drawImagesAhead(drawingJobs, logger);
            return { checked, mode };
          });
          // Awaited later: a check that fails to run must not count as unhandled meanwhile.
          checkedForBuild.catch(() => undefined);
          return;
        }
        devChecks?.close();
        devChecks = devContentChecks(process.env, siteConfig, { mode, history }, (reason) =>
          logger.warn(`the content check cannot run on a thread of its own (${reason}); it runs on the server's`),
        );
        devFirstCheck = devChecks.first
          .then(({ checked, report, stateText }) => {
            logReport(report, logger, devShownWarnings);
            logHistoryGaps(history, checked, logger);
            publishState(report, stateText);
          })
          // A state that cannot be written is said; the pages then say it is missing.
          .catch((error: unknown) => logger.error(String(error)));
        addMiddleware({ order: 'pre', entrypoint: new URL('./content-errors-middleware.ts', import.meta.url) });
      },
      'astro:build:start': async () => {
        if (!checkedForBuild) return;
        const { checked, mode } = await checkedForBuild;
        // Let the checked articles go once the state is taken from them.
        checkedForBuild = undefined;
        publishState(checked.report, contentStateText(checked, mode, history));
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const contentDir = resolve(contentRoot(process.env));
        // How long a saved file's events are gathered for (dev-content-changes.ts).
        const settleMs = 20;
        // How long a page waits at most for a change in hand (dev-pages-gate.ts).
        const pageWaitLimitMs = 10_000;
        // Articles and scorecard templates only: anything else in their folders (an editor's swap
        // file, a picture) changes no content, and rechecking on it reloads every tab.
        const insightsFolder = contentFolder(contentDir, 'insights');
        const scorecardsFolder = contentFolder(contentDir, 'scorecards');
        const templateGlobs = scorecardsGlobs(siteConfig.locales);
        const isContentFile = (file: string) => {
          const path = resolve(file);
          const inScorecards = relative(scorecardsFolder, path);
          return matchesGlob(relative(insightsFolder, path), insightsGlob) || templateGlobs.some((glob) => matchesGlob(inScorecards, glob));
        };
        // The articles' loader reads the changed files that are articles again (articles-loader.ts;
        // it keeps the last good version of a file it cannot read); the templates' (Astro's glob
        // loader, which watches nothing here) reads the few templates whose text changed.
        const loadContent = async (changedFiles: string[]) => {
          if (!refreshContent) {
            logger.error('this Astro offers integrations no refreshContent: saved articles are not read again until the dev server restarts');
            return;
          }
          const context: ArticlesRefresh = { changedFiles: changedFiles.map((file) => resolve(file)) };
          // Asked again until the articles' loader has read the files: a refresh that comes while
          // Astro reloads its content config (after a save of a file Vite watches) is skipped (articles-loader.ts).
          const deadline = Date.now() + pageWaitLimitMs;
          for (;;) {
            await refreshContent({ loaders: [articlesLoaderName, scorecardsLoaderName], context });
            if (context.read) return;
            if (Date.now() > deadline) {
              logger.error('Astro did not read the saved articles again: restart the dev server (npm run dev) to see the saved content');
              return;
            }
            await new Promise((resolve) => setTimeout(resolve, settleMs));
          }
        };
        // The content is checked on the check's thread while the loaders read the changed files
        // into the store; the pages, held since the save's first event, are drawn and the open ones
        // told to reload only once both are done, so no page is drawn from the findings of one
        // version and the store of another.
        const handleChanges = async (changes: ContentChange[]) => {
          if (!devChecks) return;
          const checking = devChecks.next();
          await loadContent(changes.map(([file]) => file));
          const { report, stateText } = await checking;
          for (const [changed, how] of changes) logger.info(`${relative(process.cwd(), changed)} ${how === 'unlink' ? 'removed' : 'changed'}`);
          logReport(report, logger, devShownWarnings);
          publishState(report, stateText);
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        const pages = devPagesGate(devFirstCheck, pageWaitLimitMs);
        const contentChanged = devContentChanges({
          settleMs,
          ready: devFirstCheck,
          pages,
          handle: handleChanges,
          onError: (error) => logger.error(String(error)),
        });
        server.middlewares.use(contentStatusPath, (_request, response) => {
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.setHeader('cache-control', 'no-store');
          response.end(publishedValid ? 'valid' : 'problems');
        });
        // What Vite would have done for a file it watched: the modules made from it (a body compiled
        // by @astrojs/mdx, a component or a picture beside an article) are made again when next asked for.
        const invalidateModules = (file: string): boolean => {
          let found = false;
          for (const environment of Object.values(server.environments)) {
            for (const module of environment.moduleGraph.getModulesByFile(file) ?? []) {
              environment.moduleGraph.invalidateModule(module);
              found = true;
            }
          }
          return found;
        };
        server.middlewares.use(pages.middleware);
        void contentWatcher?.close();
        contentWatcher = watchContentFolders(contentFolders(contentDir), (event, file) => {
          const modules = invalidateModules(file);
          if (isContentFile(file)) contentChanged(event, file);
          else if (modules) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
        contentWatcher.on('error', (error) => logger.error(`watching ${relative(process.cwd(), contentDir)}/: ${String(error)}`));
      },
      'astro:server:done': async () => {
        await contentWatcher?.close();
        contentWatcher = undefined;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        // A linked image keeps the cache file's time, so the images are named among what is kept.
        const images = await writeImagesInto(dir, drawingJobs, await imagesDrawn, logger);
        const pages = [...assets.values()].flat().map((url) => fileURLToPath(url));
        // Astro copies public/ with each file's own time, which is older than the build.
        const copiedPublicFiles = publicDir ? filesUnder(fileURLToPath(publicDir)).map((file) => join(fileURLToPath(dir), file)) : [];
        const removed = removeStaleOutput(fileURLToPath(dir), buildStartedMs, [...pages, ...images, ...copiedPublicFiles]);
        if (removed.length) logger.info(`removed ${removed.length} files of earlier builds from the output folder`);
        const afterBuildOptionsFile = process.env[afterAstroBuildVariable];
        if (afterBuildOptionsFile) {
          const options: AfterBuildOptions = {
            baseUrl: siteConfig.baseUrl,
            insightsPaths: siteConfig.locales.map((locale) => pathsInLocale(siteConfig, locale).insightsPath),
          };
          writeFileSync(afterBuildOptionsFile, JSON.stringify(options));
        } else logger.warn('no search index and no link check: `astro build` leaves them out; `setlist build` (npm run build) runs them once Astro has exited');
      },
    },
  };
}
