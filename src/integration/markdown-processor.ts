/**
 * The Markdown processor of every Setlist site: Astro's `unified()` with remark-gfm as the only
 * plugin (every other feature reads typed data, so nothing depends on remark or rehype). MDX
 * files are compiled by the same processor in worker threads: the Vite plugin of @astrojs/mdx
 * hands over many files at once, and on one thread their compilation took half the bundling
 * time of a 1,000-article build while the other core waited.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { cacheDirs } from '../node/env.ts';
import { CompiledMdxCache } from './compiled-mdx-cache.ts';

/** The processor's options, in one place: astro.config.mjs and the compile workers both build from them. */
export const unifiedOptions = { gfm: false, remarkPlugins: [remarkGfm] };

type Processor = ReturnType<typeof unified>;
type MdxRendererFactory = NonNullable<Processor['createMdxRenderer']>;
export type MdxRenderer = Awaited<ReturnType<MdxRendererFactory>>;
export type MdxResult = Awaited<ReturnType<MdxRenderer['process']>>;

/** What the workers are given to build their processor: options that can cross a thread. */
export interface CompileWorkerData {
  shared: Parameters<MdxRendererFactory>[0];
  mdx: Omit<Parameters<MdxRendererFactory>[1], 'srcDir'> & { srcDir?: string };
  /** Where each worker keeps what it compiled for the next build (see compiled-mdx-cache.ts). */
  cache: { dir: string; compiler: string };
}

export interface CompileRequest {
  id: number;
  content: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
}

/** A compile error as it crosses the thread: the fields @astrojs/mdx reads to point at the line. */
export interface CompileFailure {
  name: string;
  message: string;
  stack?: string;
  line?: number;
  column?: number;
}

export type CompileReply = { id: number; result: MdxResult } | { id: number; failure: CompileFailure };

const workerFile = new URL('./mdx-compile-worker.ts', import.meta.url);

/**
 * What compiled MDX depends on besides its source: the options the renderer was made with,
 * this module and the worker (they set the plugins), and every installed package's version.
 */
function compilerIdentity(data: Pick<CompileWorkerData, 'shared' | 'mdx'>): string {
  const read = (file: URL): string => readFileSync(file, 'utf8');
  return [JSON.stringify(data), read(new URL(import.meta.url)), read(workerFile), read(new URL('../../package-lock.json', import.meta.url))].join('\0');
}

/**
 * Workers that compile MDX, each taking the next file when the least busy. Started on the first
 * file; `close()` ends them (at the end of each Vite build), so they add nothing to the memory
 * peak of page rendering.
 */
class CompilePool {
  private workers: { worker: Worker; busy: number }[] = [];
  private pending = new Map<number, { resolve: (result: MdxResult) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private readonly data: CompileWorkerData;
  private readonly size: number;

  constructor(data: CompileWorkerData, size: number) {
    this.data = data;
    this.size = size;
  }

  private start(): void {
    for (let index = 0; index < this.size; index++) {
      const worker = new Worker(workerFile, { workerData: this.data });
      const entry = { worker, busy: 0 };
      worker.on('message', (reply: CompileReply) => {
        entry.busy--;
        if (entry.busy === 0) worker.unref();
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if ('result' in reply) waiting?.resolve(reply.result);
        else waiting?.reject(Object.assign(new Error(reply.failure.message), reply.failure));
      });
      worker.on('error', (error: Error) => this.failAll(error));
      worker.unref();
      this.workers.push(entry);
    }
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  compile(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<MdxResult> {
    if (this.workers.length === 0) this.start();
    const entry = this.workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
    const id = this.nextId++;
    // A worker with files in hand keeps the process alive; an idle one never holds it open.
    if (entry.busy === 0) entry.worker.ref();
    entry.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, content, filePath, frontmatter } satisfies CompileRequest);
    });
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
}

const pools = new Set<CompilePool>();

/** Ends every compile worker; the integration calls it when a Vite build ends. */
export async function closeCompileWorkers(): Promise<void> {
  // A later build asks @astrojs/mdx for a new renderer, hence a new pool.
  const closing = [...pools];
  pools.clear();
  await Promise.all(closing.map((pool) => pool.close()));
}

/** `markdown.processor` for astro.config.mjs. */
export function markdownProcessor(): Processor {
  const processor = unified(unifiedOptions);
  return {
    ...processor,
    createMdxRenderer: (shared, mdx) => {
      // Every core: the main thread mostly waits on rolldown while the workers compile.
      const options = { shared, mdx: { ...mdx, srcDir: mdx.srcDir?.href } };
      const data: CompileWorkerData = { ...options, cache: { dir: cacheDirs(process.env).mdx, compiler: compilerIdentity(options) } };
      const pool = new CompilePool(data, availableParallelism());
      pools.add(pool);
      const cache = new CompiledMdxCache<MdxResult>(data.cache.dir, data.cache.compiler);
      // The frontmatter stays behind: pages read each article's data from the content collection,
      // which has parsed and checked it, and the module's own `frontmatter` export (Astro reads it
      // only as `remarkPluginFrontmatter`, which no page uses) would repeat all of that data in the
      // compiled code, half of every module the bundler holds.
      // The workers keep what they compile in the cache; this thread only reads it back.
      const compile = async (content: string, filePath: string): Promise<MdxResult> => cache.read(filePath, content) ?? pool.compile(content, filePath, {});
      return Promise.resolve({ process: compile });
    },
  };
}
