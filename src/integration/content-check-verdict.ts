/**
 * A build checks the content on another thread while Astro syncs the same files (the
 * integration starts the check; its `astro:build:start` hook waits for the verdict). When the
 * content is broken, Astro's sync can fail first, with one schema error and a stack trace; so a
 * content loader that fails waits for the verdict, which prints the check's whole report and
 * stops the build, before Astro reports anything.
 */
import type { Loader } from 'astro/loaders';

// Content loaders run in the process that runs the integration, as the pages do.
const verdictKey = Symbol.for('setlist.content-check-verdict');

/** Shares the build's pending verdict with the content loaders. */
export function publishCheckVerdict(verdict: Promise<unknown>): void {
  (globalThis as Record<symbol, unknown>)[verdictKey] = verdict;
}

/** The loader, waiting for the content check's verdict before any failure of its own is reported. */
export function afterContentCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        // Outside a build (`astro sync`, the dev server) there is no pending verdict.
        await (globalThis as Record<symbol, unknown>)[verdictKey];
        throw error;
      }
    },
  };
}
