/**
 * The content check in a worker thread (see `checkContentInWorker`): checks what the
 * environment names and sends the result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SiteConfig } from '../schemas/site.ts';
import { checkContentOnDisk } from './check-content-files.ts';

parentPort!.postMessage(await checkContentOnDisk(process.env, workerData as SiteConfig));
