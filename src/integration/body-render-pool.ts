/**
 * Threads that render article bodies while Astro loads the content, so Astro's main thread, which
 * meanwhile reads and stores every entry, does not render every body too: every core takes a
 * share. Started as bodies arrive. A build's load ends its threads when it is done, so their
 * memory is gone before Astro bundles and renders the pages; in the dev server they stay, held
 * open only while busy. The loader owns them: Astro runs it from the content config, a module
 * instance of its own, which the integration's modules cannot reach.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runnableFile } from '../node/package-files.ts';
import type { MarkdownRenderer, MarkdownRendererOptions } from './markdown-processor.ts';

/** A body rendered to HTML, or `'compile'`: it runs JavaScript, and @astrojs/mdx compiles it. */
export type RenderResult = Awaited<ReturnType<MarkdownRenderer['render']>> | 'compile';

/** What a worker is given to make its renderer: the options Astro passes to the processor, cloned across the thread. */
export interface BodyRenderWorkerData {
  shared: MarkdownRendererOptions;
  /** The site's origin (Astro's `site`): links elsewhere are marked external. */
  baseUrl: string;
  /** The site's language (a BCP 47 tag): the words the pipeline writes into a body are in it. */
  language: string;
}

export interface BodyRenderRequest {
  id: number;
  body: string;
  /** The article's file, for the processor's messages and relative images. */
  fileUrl?: string;
}

export type BodyRenderReply = { id: number; result: RenderResult } | { id: number; failure: { message: string } };

const workerFile = runnableFile('src/integration/body-render-worker.ts');

export class BodyRenderPool {
  private workers: { worker: Worker; busy: number }[] = [];
  private pending = new Map<number, { resolve: (result: RenderResult) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private readonly data: BodyRenderWorkerData;

  constructor(data: BodyRenderWorkerData) {
    this.data = data;
  }

  /** Another thread, while there are fewer than one a core. */
  private startOne(): void {
    const worker = new Worker(workerFile, { workerData: this.data });
    const entry = { worker, busy: 0 };
    worker.on('message', (reply: BodyRenderReply) => {
      entry.busy--;
      if (entry.busy === 0) worker.unref();
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('result' in reply) waiting?.resolve(reply.result);
      else waiting?.reject(new Error(reply.failure.message));
    });
    worker.on('error', (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
    worker.unref();
    this.workers.push(entry);
  }

  render(body: string, fileUrl: URL | undefined): Promise<RenderResult> {
    // Threads start as bodies wait: a rebuild after one edit renders one body and starts one
    // thread (each loads the pipeline and its highlighter first); a full build soon has one a core.
    if (this.workers.every((worker) => worker.busy > 0) && this.workers.length < availableParallelism()) this.startOne();
    const entry = this.workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
    const id = this.nextId++;
    // A worker with bodies in hand keeps the process alive; an idle one never holds it open.
    if (entry.busy === 0) entry.worker.ref();
    entry.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, body, fileUrl: fileUrl?.href } satisfies BodyRenderRequest);
    });
  }

  /** Ends the threads (call it with no render in hand); a later render starts new ones. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
}

// The dev server's pools, one per set of renderer options, the language among them: each of its
// content loads (every full reload) reuses the threads already started, which never render for
// another language than theirs.
const devPools = new Map<string, BodyRenderPool>();

/** The dev server's pool for these options, kept for its later loads. */
export function devBodyRenderPool(data: BodyRenderWorkerData): BodyRenderPool {
  const key = JSON.stringify(data);
  const pool = devPools.get(key) ?? new BodyRenderPool(data);
  devPools.set(key, pool);
  return pool;
}
