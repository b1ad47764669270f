/**
 * The content check in a worker thread (see `checkContentInWorker`): checks what the
 * environment names and sends the result back, with the memo a dev server's later checks go on
 * from when asked (`checkDevContentInWorker`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { portableFileCheckMemo } from '../authoring/check/index.ts';
import { checkContentOnDisk, devCheckMemo, type ContentCheckWorkerData, type ContentCheckWorkerResult } from './check-content-files.ts';

const { config, keepMemo } = workerData as ContentCheckWorkerData;
const memo = keepMemo ? devCheckMemo() : undefined;
const checked = await checkContentOnDisk(process.env, config, memo ? { memo } : {});
const result: ContentCheckWorkerResult = memo ? { checked, memo: { texts: memo.texts, files: portableFileCheckMemo(memo.files) } } : { checked };
parentPort!.postMessage(result);
