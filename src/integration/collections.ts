/**
 * A site's content collections, in one call from its `src/content.config.ts`:
 *
 *     import { setlistCollections } from 'setlist/collections';
 *     export const collections = setlistCollections();
 *
 * Articles are `content/insights/**\/*.mdx` and scorecard templates `content/scorecards/*.yaml`
 * (`SETLIST_CONTENT_DIR` reads another folder). A site adds fields of its own to the article
 * schema with `extend`, as Starlight's `docsSchema({ extend })` does.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'zod';
import { siteConfig } from 'virtual:setlist/config';
import { contentEntryId } from '../domain/locales.ts';
import { articlesLoader, logNotLoaded } from './articles-loader.ts';
import { scorecardsLoaderName } from './loader-names.ts';
import { checkContentOnDisk, printCheckReport } from '../node/check-content-files.ts';
import { contentFolder, contentRoot, insightsGlob, scorecardsGlobs } from '../node/env.ts';
import { insightFieldNames, insightSchemaWith } from '../schemas/insight.ts';
import { scorecardTemplateSchema } from '../schemas/scorecard.ts';

export interface SetlistCollectionsOptions<Shape extends z.ZodRawShape> {
  /** The site's own article fields, added to Setlist's (a field of Setlist's cannot be redefined). */
  extend?: z.ZodObject<Shape>;
}

/**
 * The loader, reporting a failure in Setlist's words. The integration checks the content while
 * Astro loads it, but Astro's loader can fail first, with one schema error and a stack trace: then
 * the whole check runs here, prints every problem (file, line, field, what was expected) and stops.
 * A failure the check does not share (one of the site's own fields) is Astro's to report.
 */
function reportingFailures(loader: Loader, articleSchema: z.ZodType): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        // The dev server goes on: its content check shows every problem on the page.
        if (context.watcher) throw error;
        const checked = await checkContentOnDisk(process.env, siteConfig, { articleSchema });
        if (checked.report.ok) throw error;
        printCheckReport(checked.report);
        context.logger.error('build stopped by the content problems above; fix them and build again (`npm run check` lists them without building)');
        process.exit(1);
      }
    },
  };
}

const folderOf = (collection: 'insights' | 'scorecards') => contentFolder(contentRoot(process.env), collection);

/**
 * The scorecard templates, read by Astro's glob loader. It is given no watcher of its own: the
 * dev server has it read a saved template when it handles the save (as the articles' loader), so
 * no page is drawn from a store the loader is changing meanwhile.
 */
function scorecardsLoader(): Loader {
  const loader = glob({
    pattern: scorecardsGlobs(siteConfig.locales),
    base: folderOf('scorecards'),
    generateId: ({ entry }) => contentEntryId(entry, siteConfig.locales),
  });
  return {
    ...loader,
    name: scorecardsLoaderName,
    load: async (context) => {
      // A template that cannot be read leaves the others' entries as they were, in the dev server.
      await loader.load({ ...context, watcher: undefined }).catch((error: unknown) => {
        if (!context.watcher) throw error;
        logNotLoaded(context, error);
      });
    },
  };
}

/** Setlist's article schema with the site's own fields; redefining one of Setlist's is refused. */
function siteArticleSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  const taken = Object.keys(shape).filter((key) => insightFieldNames.includes(key));
  if (taken.length)
    throw new Error(
      `src/content.config.ts  setlistCollections({ extend }): ${taken.map((key) => `"${key}"`).join(', ')} ${taken.length === 1 ? 'is' : 'are'} Setlist's own article field${taken.length === 1 ? '' : 's'}; give the site's field another name`,
    );
  return insightSchemaWith(shape);
}

/** The `insights` and `scorecards` collections every Setlist site has. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no extension: no fields added
export function setlistCollections<Shape extends z.ZodRawShape = {}>(options: SetlistCollectionsOptions<Shape> = {}) {
  const articleSchema = siteArticleSchema((options.extend?.shape ?? {}) as Shape);
  return {
    insights: defineCollection({ loader: reportingFailures(articlesLoader(folderOf('insights'), insightsGlob), articleSchema), schema: articleSchema }),
    scorecards: defineCollection({ loader: reportingFailures(scorecardsLoader(), articleSchema), schema: scorecardTemplateSchema }),
  };
}
