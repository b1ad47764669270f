/**
 * The dev server's pages while a saved content file is handled. From the file's first event until
 * its change is published, a page asked for waits, and the pages being drawn when the change came
 * in are finished before it is handled. A page drawn meanwhile would mix old and new (a body Vite
 * has already compiled again, data the store does not have yet), and Astro keeps what a page read
 * of its content store while a loader was changing it (seen: a saved description never shown,
 * however often the page was reloaded, until the next save). Before any of that, a page waits for
 * the content check's first findings, which the server starts without.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Vite's own modules and files are not pages: its dev client keeps loading them meanwhile. */
const notAPage = /^\/(@|node_modules\/|__)/;

export interface DevPagesGate {
  /** A change came in: pages asked for from now on wait for `release`. */
  hold(): void;
  /** The changes in hand are published: the pages held are drawn. */
  release(): void;
  /** Resolves once the pages being drawn are finished. */
  drawn(): Promise<void>;
  /** The dev server's middleware that holds the pages. */
  middleware: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
}

/**
 * `ready` resolves once the pages can be drawn at all (the first findings are published); `limitMs`
 * bounds every wait after it, so a change that never finishes cannot hold a page forever.
 */
export function devPagesGate(ready: Promise<void>, limitMs: number): DevPagesGate {
  let held: PromiseWithResolvers<void> | undefined;
  let drawing = 0;
  let allDrawn: PromiseWithResolvers<void> | undefined;
  const bounded = (promise: Promise<void>) => Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
  const pageDone = () => {
    if (--drawing > 0) return;
    allDrawn?.resolve();
    allDrawn = undefined;
  };
  return {
    hold: () => void (held ??= Promise.withResolvers<void>()),
    release() {
      held?.resolve();
      held = undefined;
    },
    drawn: () => (drawing === 0 ? Promise.resolve() : bounded((allDrawn ??= Promise.withResolvers<void>()).promise)),
    middleware: (request, response, next) => {
      if (notAPage.test(request.url ?? '')) return next();
      let state: 'waiting' | 'drawing' | 'closed' = 'waiting';
      response.once('close', () => {
        if (state === 'drawing') pageDone();
        state = 'closed';
      });
      const draw = () => {
        // A reader who left while the page waited (a reload, a closed tab) is drawn nothing.
        if (state === 'closed') return;
        state = 'drawing';
        drawing++;
        next();
      };
      void ready.then(() => (held ? bounded(held.promise).then(draw) : draw()));
    },
  };
}
