/**
 * How the main thread reaches the index engine: in a worker thread when its file is there (from source,
 * search-worker.ts beside this file; in a bundle, search-worker.cjs beside the bundle), else inline, one
 * call per turn of the event loop. Either way every call is a promise and calls are answered in order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IndexEngine, IndexError } from './index-engine.ts';
import { answer, responseError, type EngineApi, type EngineMethod, type IndexRequest, type IndexResponse } from './search-protocol.ts';

/** The engine's methods, asynchronous. */
export interface IndexClient {
  call<M extends EngineMethod>(method: M, ...args: Parameters<EngineApi[M]>): Promise<ReturnType<EngineApi[M]>>;
  /** Closes the index file and stops the worker. */
  close(): Promise<void>;
  /** True when the engine runs in a worker thread. */
  readonly threaded: boolean;
}

// Bodies are read as parser events, never as a document (article-text-stream.ts), so 96 MB indexes a 45 MB book
// of 8 million words and a 20 MB page of 160,000 paragraphs. Anything that still breaks the limit stops the worker
// and the engine carries on inline.
const WORKER_HEAP_MB = 96;

/** How an error from a worker that failed or stopped begins. */
export const WORKER_FAILED = 'The search worker';

/** The worker's file for the code running now, or null when there is none (a bundle built without it). */
function workerFile(): URL | null {
  const here = import.meta.url;
  const url = new URL(here.endsWith('.ts') ? './search-worker.ts' : './search-worker.cjs', here);
  return existsSync(fileURLToPath(url)) ? url : null;
}

class WorkerClient implements IndexClient {
  readonly threaded = true;
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #seq = 0;
  #failure: IndexError | null = null;

  constructor(file: URL, path: string) {
    // Parsing thousands of bodies makes garbage faster than V8 gives memory back; a bounded heap collects
    // it instead (what the engine keeps alive is one batch of articles).
    this.#worker = new Worker(file, { workerData: { path }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.#worker.unref();
    this.#worker.on('message', (response: IndexResponse) => {
      const waiting = this.#pending.get(response.seq);
      this.#pending.delete(response.seq);
      // The worker keeps the process alive only while someone waits for it (the CLI exits when done).
      if (this.#pending.size === 0) this.#worker.unref();
      if (response.ok) waiting?.resolve(response.value);
      else waiting?.reject(responseError(response));
    });
    const fail = (message: string) => {
      this.#failure = new IndexError('damaged', message);
      for (const waiting of this.#pending.values()) waiting.reject(this.#failure);
      this.#pending.clear();
    };
    this.#worker.on('error', (error) => fail(`${WORKER_FAILED} failed: ${error.message}`));
    this.#worker.on('exit', () => fail(`${WORKER_FAILED} has stopped.`));
  }

  call<M extends EngineMethod>(method: M, ...args: Parameters<EngineApi[M]>): Promise<ReturnType<EngineApi[M]>> {
    if (this.#failure) return Promise.reject(this.#failure);
    const seq = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#pending.set(seq, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.ref();
      this.#worker.postMessage({ seq, method, args } satisfies IndexRequest);
    });
  }

  async close(): Promise<void> {
    if (!this.#failure) await this.call('close').catch(() => {});
    await this.#worker.terminate();
  }
}

class InlineClient implements IndexClient {
  readonly threaded = false;
  readonly #engine: IndexEngine;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(path: string) {
    this.#engine = new IndexEngine(path);
  }

  call<M extends EngineMethod>(method: M, ...args: Parameters<EngineApi[M]>): Promise<ReturnType<EngineApi[M]>> {
    const run = async () => {
      // One call per turn of the event loop, so a build in batches lets everything else in between.
      await new Promise((resolve) => setImmediate(resolve));
      const response = answer(this.#engine, { seq: 0, method, args });
      if (!response.ok) throw responseError(response);
      return response.value as ReturnType<EngineApi[M]>;
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => {});
    return result;
  }

  async close(): Promise<void> {
    await this.#queue;
    this.#engine.close();
  }
}

/** Starts the engine over the index file at path: in a worker unless `threaded` is false or no worker file exists. */
export function startIndex(path: string, { threaded = true }: { threaded?: boolean } = {}): IndexClient {
  const file = threaded ? workerFile() : null;
  return file ? new WorkerClient(file, path) : new InlineClient(path);
}
