/**
 * The import worker's entry point: turns one file's bytes into an article off the thread that serves the
 * window, telling each phase as it starts. Finding the article in a page of tens of megabytes takes tens of
 * seconds of synchronous work; here it holds up nothing else. Started by import-runner.ts by URL.
 */
import { parentPort } from 'node:worker_threads';
import { CoreError } from '../core-error.ts';
import { importFileBytesWithProgress } from '../importers/import-content.ts';
import type { ImportRequest, ImportWorkerMessage } from './import-protocol.ts';

const send = (message: ImportWorkerMessage) => parentPort?.postMessage(message);

parentPort?.once('message', async ({ name, bytes }: ImportRequest) => {
  try {
    const article = await importFileBytesWithProgress(name, bytes, { onProgress: (progress) => send({ kind: 'progress', progress }) });
    send({ kind: 'done', article });
  } catch (error) {
    const code = error instanceof CoreError ? error.code : null;
    send({ kind: 'failed', code, message: error instanceof Error ? error.message : String(error) });
  }
});
