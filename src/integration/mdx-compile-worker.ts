/**
 * One MDX compile worker (see markdown-processor.ts): builds the same processor from the same
 * options and compiles the files it is sent, one message each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { CompiledMdxCache } from './compiled-mdx-cache.ts';
import {
  unifiedOptions,
  type CompileFailure,
  type CompileReply,
  type CompileRequest,
  type CompileWorkerData,
  type MdxRenderer,
  type MdxResult,
} from './markdown-processor.ts';

const { shared, mdx, cache: cacheSettings } = workerData as CompileWorkerData;
const renderer: Promise<MdxRenderer> = unified(unifiedOptions).createMdxRenderer!(shared, { ...mdx, srcDir: mdx.srcDir ? new URL(mdx.srcDir) : undefined });
const cache = new CompiledMdxCache<MdxResult>(cacheSettings.dir, cacheSettings.compiler);

function failureOf(error: unknown): CompileFailure {
  const { name, message, stack, line, column } = error as Error & { line?: number; column?: number };
  return { name, message, stack, line, column };
}

async function compile({ id, content, filePath, frontmatter }: CompileRequest): Promise<CompileReply> {
  try {
    const result = await (await renderer).process(content, filePath, frontmatter);
    // Kept here, off Astro's main thread: creating a file there blocked it ~1 ms a file (1 s of a
    // 1,000-article build). A cache that cannot be written costs the next build time, not output.
    try {
      cache.write(filePath, content, result);
    } catch {
      // Compiled again next time.
    }
    return { id, result };
  } catch (error) {
    return { id, failure: failureOf(error) };
  }
}

parentPort!.on('message', (request: CompileRequest) => {
  void compile(request).then((reply) => parentPort!.postMessage(reply));
});
