/**
 * The search worker's entry point: one IndexEngine over search.sqlite, answering requests in order, so
 * building and updating the index never holds up the thread that serves the window. Bundled for Electron
 * as search-worker.cjs beside main.cjs (tools/bundle-electron.mjs); run from source elsewhere.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IndexEngine } from './index-engine.ts';
import { answer, type IndexRequest } from './search-protocol.ts';

const engine = new IndexEngine((workerData as { path: string }).path);
parentPort?.on('message', (request: IndexRequest) => parentPort?.postMessage(answer(engine, request)));
