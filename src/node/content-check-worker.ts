/**
 * The content check in a worker thread. For a build (`checkContentInWorker`): checks what the
 * environment names once and sends the result back. For a dev server (`devContentChecks`): checks
 * once, then again each time it is asked, going on from its memo, and sends back the report and
 * the pages' findings (the first time, the whole result too).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentOnDisk, devCheck, devCheckMemo, type ContentCheckWorkerData, type DevCheck } from './check-content-files.ts';

const { config, dev } = workerData as ContentCheckWorkerData;
if (!dev) parentPort!.postMessage(await checkContentOnDisk(process.env, config));
else {
  const memo = devCheckMemo();
  parentPort!.postMessage(await devCheck(process.env, config, memo, dev));
  // A check that throws ends the thread, and the dev server checks on its own thread from then on.
  parentPort!.on('message', () => {
    void devCheck(process.env, config, memo, dev).then(({ report, stateText }) => parentPort!.postMessage({ report, stateText } satisfies DevCheck));
  });
}
