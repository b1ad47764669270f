/**
 * One body render thread (see body-render-pool.ts): makes the site's Markdown renderer from the
 * options it is given and renders the bodies it is sent, one message each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BodyRenderReply, BodyRenderRequest, BodyRenderWorkerData } from './body-render-pool.ts';
import { BodyNeedsCompiling } from '../markdown/body-syntax.ts';
import { plainBodyRenderer } from './markdown-processor.ts';

const { shared, baseUrl, language } = workerData as BodyRenderWorkerData;
// Astro's processor prints every failure with its stack trace before throwing it; the reply carries
// the message to Astro's loader, which logs it once with the article's file (and the content check
// reports the same problem with its line).
console.error = () => undefined;
const renderer = plainBodyRenderer(shared, baseUrl, language);

async function render({ id, body, fileUrl }: BodyRenderRequest): Promise<BodyRenderReply> {
  try {
    return { id, result: await (await renderer).render(body, { fileURL: fileUrl ? new URL(fileUrl) : undefined }) };
  } catch (error) {
    if (error instanceof BodyNeedsCompiling) return { id, result: 'compile' };
    return { id, failure: { message: error instanceof Error ? error.message : String(error) } };
  }
}

parentPort!.on('message', (request: BodyRenderRequest) => {
  void render(request).then((reply) => parentPort!.postMessage(reply));
});
