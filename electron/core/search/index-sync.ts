/**
 * Keeps search.sqlite in step with the library. On open it asks the index what it holds and sends what
 * differs, in batches (everything, when the file was missing, damaged or older); afterwards every
 * library.changed re-indexes those articles, coalesced, before the next search runs. A damaged index is
 * thrown away and rebuilt; meanwhile `status` says 'building' and search falls back to the list filter.
 */
import { join } from 'node:path';
import type { SearchStatus } from '../../shared/models.ts';
import type { Emit } from '../event-bus.ts';
import type { Library } from '../library/library.ts';
import { startIndex, WORKER_FAILED, type IndexClient } from './index-client.ts';
import { highlightsText, indexDoc, type HighlightText } from './index-docs.ts';
import { IndexError, type IndexDoc } from './index-engine.ts';

/** Articles per write while building: big enough for a quick build, small enough to answer searches in between. */
const BATCH = 250;
/** Up to this many articles out of step, search waits for them instead of falling back. */
const CATCH_UP_LIMIT = 100;

interface IndexSyncOptions {
  dataDir: string;
  library: Library;
  /** An article's live highlights (quote and note). */
  highlightsOf: (articleId: string) => readonly HighlightText[];
  emit: Emit<'search.progress'>;
  /** Run the engine in a worker thread (default) or inline. */
  threaded?: boolean;
}

export class IndexSync {
  readonly #options: IndexSyncOptions;
  readonly #path: string;
  #client: IndexClient | null = null;
  #status: SearchStatus = { state: 'building', done: 0, total: 0, message: 'Opening the search index.' };
  /** What the index holds: article id → signature. */
  #signatures = new Map<string, string>();
  #dirty = new Set<string>();
  #flushing: Promise<void> = Promise.resolve();
  #flushScheduled = false;
  #started: Promise<void> | null = null;
  /** A build running in the background, if any. */
  #building: Promise<void> | null = null;
  #closed = false;
  #rebuilds = 0;
  #threaded: boolean;
  #changes = 0;

  constructor(options: IndexSyncOptions) {
    this.#options = options;
    this.#threaded = options.threaded ?? true;
    this.#path = join(options.dataDir, 'search.sqlite');
  }

  get status(): SearchStatus {
    return this.#status;
  }

  /** How many times the library has said it changed: what is worked out from the library stays true while this does not move. */
  get changes(): number {
    return this.#changes;
  }

  /** Opens the index in the background and brings it up to date; never rejects. */
  start(): Promise<void> {
    this.#started ??= this.#open(false);
    return this.#started;
  }

  /** The open index, once it is ready and every change so far is in it; null while it is being built. */
  async ready(): Promise<IndexClient | null> {
    await this.start();
    await this.#flushing;
    if (this.#dirty.size > 0) await this.#flush();
    return this.#status.state === 'ready' ? this.#client : null;
  }

  /** Articles that changed: re-indexed (if their text changed) before the next search. */
  changed(ids: readonly string[]): void {
    this.#changes++;
    for (const id of ids) this.#dirty.add(id);
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      void this.#flush();
    });
  }

  /**
   * The index failed in a way only a rebuild mends (a damaged file), or its worker stopped (out of memory
   * on a huge body, or it could not start): then the engine carries on inline, with the file as it is.
   */
  damaged(error: IndexError): void {
    // Closing stops the worker, and a catch-up still waiting on it fails: that is the close, not damage.
    if (this.#closed) return;
    const workerFailed = this.#threaded && error.message.startsWith(WORKER_FAILED);
    if (workerFailed) this.#threaded = false;
    console.error(`lectern: ${workerFailed ? 'the search worker stopped; indexing on the main thread' : 'the search index is damaged; rebuilding it'}:`, error.message);
    this.#started = this.#open(!workerFailed);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([this.#flushing, this.#building, this.#started]);
    await this.#client?.close();
  }

  async #open(startAfresh: boolean): Promise<void> {
    await this.#client?.close();
    this.#client = null;
    this.#building = null;
    if (this.#closed) return;
    // A second rebuild in one session means the trouble is not the file: stop and say so.
    if (startAfresh && ++this.#rebuilds > 1) return this.#setStatus({ state: 'unavailable', done: 0, total: 0, message: 'The search index could not be rebuilt; search looks at titles, sites and authors only until Lectern restarts.' });
    this.#setStatus({ state: 'building', done: 0, total: 0, message: 'Opening the search index.' });
    try {
      const client = startIndex(this.#path, { threaded: this.#threaded });
      this.#client = client;
      const { signatures } = await client.call('open', startAfresh);
      this.#signatures = new Map(Object.entries(signatures));
      await this.#catchUp(client);
      if (this.#closed || this.#building) return;
      this.#ready();
    } catch (error) {
      if (this.#closed) return;
      // A worker that cannot start (a packaging problem) is no reason to go without search: run inline.
      if (this.#threaded && error instanceof IndexError && error.message.startsWith(WORKER_FAILED)) {
        this.#threaded = false;
        return this.#open(startAfresh);
      }
      if (error instanceof IndexError && !startAfresh) return this.#open(true);
      this.#setStatus({ state: 'unavailable', done: 0, total: 0, message: `The search index could not be opened: ${(error as Error).message}` });
    }
  }

  /**
   * Sends the index every article it lacks or holds in an older form, and drops those the library no
   * longer has. A few are written before search uses the index; many (a build) are written in the
   * background, with progress, while search falls back.
   */
  async #catchUp(client: IndexClient): Promise<void> {
    const records = this.#options.library.records();
    const present = new Set(records.map((record) => record.id));
    const removed = [...this.#signatures.keys()].filter((id) => !present.has(id));
    const stale: IndexDoc[] = [];
    for (let i = 0; i < records.length; i++) {
      const doc = this.#docOf(records[i]!.id);
      if (doc && this.#signatures.get(doc.id) !== doc.signature) stale.push(doc);
      // Signing every article is main-thread work: let everything else in between.
      if (i % 2000 === 1999) await new Promise((resolve) => setImmediate(resolve));
    }
    await this.#write(client, [], removed);
    if (stale.length <= CATCH_UP_LIMIT) return this.#write(client, stale, []);
    this.#setStatus({ state: 'building', done: 0, total: stale.length, message: 'Building the search index.' });
    this.#building = this.#build(client, stale);
  }

  async #build(client: IndexClient, docs: IndexDoc[]): Promise<void> {
    try {
      for (let done = 0; done < docs.length && !this.#closed; done += BATCH) {
        await this.#write(client, docs.slice(done, done + BATCH), []);
        if (!this.#closed) this.#setStatus({ state: 'building', done: Math.min(docs.length, done + BATCH), total: docs.length, message: 'Building the search index.' });
      }
      if (this.#closed) return;
      await client.call('optimize');
      // Opened afresh after a build: the worker's heap, grown by parsing every body, is given back, and the
      // file is checkpointed out of its write-ahead log, so searches start from a lean, tidy index.
      this.#started = this.#open(false);
    } catch (error) {
      if (!this.#closed && error instanceof IndexError) this.damaged(error);
    }
  }

  #ready(): void {
    this.#setStatus({ state: 'ready', done: this.#signatures.size, total: this.#signatures.size, message: null });
    // Changes made while it was being opened or built.
    if (this.#dirty.size > 0) void this.#flush();
  }

  async #write(client: IndexClient, docs: IndexDoc[], removed: string[]): Promise<void> {
    if (docs.length === 0 && removed.length === 0) return;
    await client.call('write', docs, removed);
    for (const id of removed) this.#signatures.delete(id);
    for (const doc of docs) this.#signatures.set(doc.id, doc.signature);
  }

  /** The doc of a live article; null for one that is gone or waiting to be purged (it stays as it was). */
  #docOf(id: string): IndexDoc | null {
    const article = this.#options.library.indexable(id);
    if (article === null) return null;
    return indexDoc(article.record, article.note, highlightsText(this.#options.highlightsOf(id)), join(this.#options.dataDir, 'articles'));
  }

  #flush(): Promise<void> {
    const run = async () => {
      if (this.#dirty.size === 0 || this.#status.state !== 'ready' || !this.#client) return;
      const ids = [...this.#dirty];
      this.#dirty.clear();
      const live = new Set(this.#options.library.records().map((record) => record.id));
      const removed = ids.filter((id) => !live.has(id) && this.#signatures.has(id));
      const docs = ids.map((id) => this.#docOf(id)).filter((doc): doc is IndexDoc => doc !== null && this.#signatures.get(doc.id) !== doc.signature);
      try {
        await this.#write(this.#client, docs, removed);
      } catch (error) {
        if (error instanceof IndexError) this.damaged(error);
      }
    };
    this.#flushing = this.#flushing.then(run);
    return this.#flushing;
  }

  #setStatus(status: SearchStatus): void {
    this.#status = status;
    this.#options.emit('search.progress', status);
  }
}
