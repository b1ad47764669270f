/**
 * One MDX compile worker (see markdown-processor.ts): builds the same processor from the same
 * options and compiles the files it is sent, one message each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { unifiedOptions, type CompileFailure, type CompileReply, type CompileRequest, type CompileWorkerData, type MdxRenderer } from './markdown-processor.ts';

const { shared, mdx } = workerData as CompileWorkerData;
const renderer: Promise<MdxRenderer> = unified(unifiedOptions).createMdxRenderer!(shared, { ...mdx, srcDir: mdx.srcDir ? new URL(mdx.srcDir) : undefined });

function failureOf(error: unknown): CompileFailure {
  const { name, message, stack, line, column } = error as Error & { line?: number; column?: number };
  return { name, message, stack, line, column };
}

async function compile({ id, content, filePath, frontmatter }: CompileRequest): Promise<CompileReply> {
  try {
    return { id, result: await (await renderer).process(content, filePath, frontmatter) };
  } catch (error) {
    return { id, failure: failureOf(error) };
  }
}

parentPort!.on('message', (request: CompileRequest) => {
  void compile(request).then((reply) => parentPort!.postMessage(reply));
});
