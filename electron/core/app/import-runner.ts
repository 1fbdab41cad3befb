/**
 * Where a file's import runs. A big file goes to a worker thread (import-worker.ts beside this file from
 * source, import-worker.cjs beside a bundle), so the thread that serves the window and sends progress
 * events stays free for the tens of seconds a page of tens of megabytes takes. A small file, or a bundle
 * built without the worker, is imported here, pausing between phases so progress events still get out.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { importFileBytesWithProgress, type ImportContentProgress } from '../importers/import-content.ts';
import { ImportError } from '../importers/import-error.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { ImportRequest, ImportWorkerMessage } from './import-protocol.ts';

// Below this a file imports in well under a second, less than starting a worker and loading the parsers in it.
const WORKER_FROM_BYTES = 1024 * 1024;

/** The worker's file for the code running now, or null when there is none (a bundle built without it). */
function workerFile(): URL | null {
  const here = import.meta.url;
  const url = new URL(here.endsWith('.ts') ? './import-worker.ts' : './import-worker.cjs', here);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/** Turns a file's bytes into an article, off this thread when the file is big; onProgress hears each phase. */
export function importInBackground(name: string, bytes: Uint8Array, onProgress: (progress: ImportContentProgress) => void): Promise<ExtractedArticle> {
  const file = bytes.byteLength >= WORKER_FROM_BYTES ? workerFile() : null;
  if (!file) return importFileBytesWithProgress(name, bytes, { onProgress });
  return inWorker(file, { name, bytes }, onProgress);
}

function inWorker(file: URL, request: ImportRequest, onProgress: (progress: ImportContentProgress) => void): Promise<ExtractedArticle> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file);
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      done();
      void worker.terminate();
    };
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.kind === 'progress') onProgress(message.progress);
      else if (message.kind === 'done') settle(() => resolve(message.article));
      else settle(() => reject(message.code ? new ImportError(message.code, message.message) : new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(workerFailure(error))));
    worker.on('exit', () => settle(() => reject(new Error('the import worker stopped before it was done'))));
    // A copy, not a transfer: the caller's buffer may be a slice of a bigger one.
    worker.postMessage(request);
  });
}

/** A worker that ran out of memory is a file too big for this computer to import, said as such. */
function workerFailure(error: Error): Error {
  if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ImportError(ErrorCode.fileTooLarge, 'This file is too big to import on this computer: Lectern ran out of memory reading it.');
  }
  return error;
}
