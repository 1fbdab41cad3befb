import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode } from '../../shared/errors.ts';
import type { ArticleSummary, CaptureOutcome, PendingCapture } from '../../shared/models.ts';
import { asCoreError, CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import { captureGivenPage, captureUrl, type CaptureOptions, type GivenImage } from './capture-url.ts';
import type { ArticleSink } from './library-sink.ts';
import { PendingQueue } from './pending/pending-queue.ts';
import { createTaskLimit } from './task-limit.ts';
import { normalizeUserUrl } from './user-url.ts';
import { parseWebUrl } from './fetch/http-get.ts';
import { WebError } from './fetch/web-error.ts';

/** How the capture service raises its events (the library raises library.changed for a saved article). */
type CaptureEmit = Emit<'capture.progress' | 'pending.changed'>;

export interface CaptureServiceOptions {
  sink: ArticleSink;
  /** The library folder: links not saved yet are kept there (DATA_FILES.pendingCaptures). */
  dataDir: string;
  emit?: CaptureEmit;
  /** URLs captured at once by addUrls and retries. Default 2: each capture also fetches 4 images at a time. */
  concurrency?: number;
  /** Retry due links on a timer (default true). */
  autoRetry?: boolean;
  /** Passed to every capture: timeouts, caps, allowPrivateNetwork for tests, a custom image fetcher. */
  capture?: Omit<CaptureOptions, 'assetsDir' | 'assetUrlPrefix' | 'wholePage' | 'namedByReader' | 'signal'>;
  now?: () => number;
  random?: () => number;
}

/** Longest timer Node accepts; a retry further out is re-planned when this fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Saving from the web with nothing lost: each URL becomes an article, or a pending item that is
 * retried with backoff (automatically for network trouble, on request for everything) and turns
 * into an article when a retry succeeds.
 */
export class CaptureService {
  readonly pending: PendingQueue;
  readonly #options: CaptureServiceOptions;
  readonly #limit: <T>(task: () => Promise<T>) => Promise<T>;
  readonly #inFlight = new Map<string, Promise<CaptureOutcome>>();
  #timer: NodeJS.Timeout | null = null;
  #disposed = false;

  constructor(options: CaptureServiceOptions) {
    this.#options = options;
    this.pending = new PendingQueue(options.dataDir, { now: options.now, random: options.random });
    this.#limit = createTaskLimit(options.concurrency ?? 2);
  }

  /** Loads the pending list and plans the next automatic retry. */
  async open(): Promise<void> {
    await this.pending.load();
    this.#plan();
  }

  /** Saves several URLs, a few at a time, reporting progress; failures become pending items. */
  async addUrls(urls: string[], options: { wholePage?: boolean } = {}): Promise<CaptureOutcome[]> {
    const wholePage = options.wholePage ?? false;
    const typed = [...new Set(urls.map(normalizeUserUrl).filter(Boolean))];
    // A link that can never be fetched (file:, javascript:, not an address at all) is refused here, with the
    // reason, and never kept: on the pending list it would only fail again at every retry.
    const refused = new Map<string, CaptureOutcome>();
    for (const url of typed) {
      const problem = unfetchableReason(url);
      if (problem) refused.set(url, { url, ok: false, code: ErrorCode.invalidUrl, message: `${problem} It was not kept.`, pending: null });
    }
    // A link already in the library is answered with that article: saving twice never makes a second copy.
    for (const url of typed) {
      const known = refused.has(url) ? null : (this.#options.sink.existing?.(url) ?? null);
      if (known) refused.set(url, { url, ok: true, article: known, pendingRemoved: null, existing: true });
    }
    const fetchable = typed.filter((url) => !refused.has(url));
    // Written down before the first byte is fetched: a crash mid-save cannot lose a link.
    await this.pending.enqueue(fetchable, wholePage);
    this.#changed();
    const outcomes = await this.#run(fetchable.map((url) => ({ url, wholePage })));
    const byUrl = new Map(fetchable.map((url, index) => [url, outcomes[index]!]));
    return typed.map((url) => refused.get(url) ?? byUrl.get(url)!);
  }

  /**
   * Stores a page the browser extension sent (its DOM as the reader saw it, and the pictures it could
   * fetch) as a capture of its URL would be. Nothing is queued: the page is here, so it is stored or refused.
   */
  async saveGivenPage(page: { url: string; html: string; images: readonly GivenImage[] }): Promise<ArticleSummary> {
    const { sink } = this.#options;
    const id = randomUUID();
    const folder = sink.folder(id);
    let article: ArticleSummary;
    try {
      const captured = await captureGivenPage(page, {
        ...this.#options.capture,
        assetsDir: join(folder, 'assets'),
        assetUrlPrefix: `/articles/${id}/assets/`,
        // The reader chose this page in the browser: keep it whole rather than refuse it when no article is found.
        wholePage: true,
      });
      article = await sink.add(id, captured.article, { kind: 'url', value: captured.finalUrl });
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
    // The same link may have been waiting to be saved; the page the browser sent is it.
    await this.#clearPending(normalizeUserUrl(page.url));
    return article;
  }

  /** Links not saved yet, newest first; `saving` marks the ones being tried right now. */
  listPending(): PendingCapture[] {
    return this.pending.list((url) => this.#inFlight.has(url));
  }

  /** Tries pending links again now: one by id, or all of them. */
  async retry(options: { id?: string; wholePage?: boolean } = {}): Promise<CaptureOutcome[]> {
    let items: { url: string; wholePage: boolean }[] = this.pending.list();
    if (options.id !== undefined) {
      const item = this.pending.get(options.id);
      if (!item) throw new CoreError(ErrorCode.notFound, 'That link is no longer waiting to be saved; it may have been saved or removed already.');
      items = [item];
    }
    return this.#run(items.map((item) => ({ url: item.url, wholePage: options.wholePage ?? item.wholePage })));
  }

  /** Forgets a pending link. */
  async remove(id: string): Promise<{ removed: boolean }> {
    const removed = await this.pending.remove(id);
    if (removed) this.#changed();
    return { removed };
  }

  /** Retries the links whose time has come (the timer calls this; so can "network is back"). */
  async retryDue(): Promise<CaptureOutcome[]> {
    const due = this.pending.due();
    if (due.length === 0) {
      this.#plan();
      return [];
    }
    return this.#run(due.map((item) => ({ url: item.url, wholePage: item.wholePage })), false);
  }

  /**
   * Retries every link that failed for network reasons, whenever it was due: for the shell to
   * call when the computer comes back online. Links that need the user stay as they are.
   */
  async retryWaiting(): Promise<CaptureOutcome[]> {
    const waiting = this.pending.list().filter((item) => item.nextRetryAt !== null);
    return this.#run(waiting.map((item) => ({ url: item.url, wholePage: item.wholePage })), false);
  }

  dispose(): void {
    this.#disposed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  async #run(jobs: { url: string; wholePage: boolean }[], progress = true): Promise<CaptureOutcome[]> {
    const emit = this.#options.emit;
    let done = 0;
    const total = jobs.length;
    if (progress && total > 0) emit?.('capture.progress', { done, total, current: jobs[0]!.url });
    const outcomes = await Promise.all(
      jobs.map(async (job) => {
        const outcome = await this.#captureOnce(job.url, job.wholePage);
        done++;
        if (progress) emit?.('capture.progress', { done, total, current: done === total ? null : job.url });
        return outcome;
      }),
    );
    this.#plan();
    return outcomes;
  }

  /** One capture per URL at a time: a manual retry during an automatic one joins it. */
  #captureOnce(input: string, wholePage: boolean): Promise<CaptureOutcome> {
    const url = normalizeUserUrl(input);
    const running = this.#inFlight.get(url);
    if (running) return running;
    const task = this.#limit(() => this.#capture(url, wholePage)).finally(() => this.#inFlight.delete(url));
    this.#inFlight.set(url, task);
    return task;
  }

  async #capture(url: string, wholePage: boolean): Promise<CaptureOutcome> {
    const { sink } = this.#options;
    const id = randomUUID();
    const folder = sink.folder(id);
    let article: ArticleSummary;
    try {
      const captured = await captureUrl(url, {
        ...this.#options.capture,
        assetsDir: join(folder, 'assets'),
        assetUrlPrefix: `/articles/${id}/assets/`,
        wholePage,
        namedByReader: true,
      });
      article = await sink.add(id, captured.article, { kind: 'url', value: captured.finalUrl });
    } catch (error) {
      // Images may already be on disk; an article that was not stored must leave nothing behind.
      await rm(folder, { recursive: true, force: true });
      const { code, message } = asCoreError(error, `save ${url}`);
      if (!(error instanceof CoreError)) console.error('lectern: capture failed', error);
      const pending = await this.pending.recordFailure(url, { code, message }, wholePage);
      this.#changed();
      return { url, ok: false, code, message, pending: { ...pending, saving: false } };
    }
    return { url, ok: true, article, pendingRemoved: await this.#clearPending(url) };
  }

  /**
   * Takes a link that is now saved off the pending list; answers the id it had. The article is stored: from
   * here on nothing may remove its folder, so a pending-list hiccup only leaves a stale entry, which a later
   * successful save of the same link clears.
   */
  async #clearPending(url: string): Promise<string | null> {
    const previous = this.pending.findByUrl(url);
    if (!previous) return null;
    try {
      await this.pending.remove(previous.id);
      this.#changed();
    } catch (error) {
      console.error('lectern: a saved link could not be taken off the pending list', error);
    }
    return previous.id;
  }

  #changed(): void {
    this.#options.emit?.('pending.changed', { count: this.pending.size });
  }

  #plan(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#disposed || this.#options.autoRetry === false) return;
    const next = this.pending.nextDue();
    if (next === null) return;
    const now = (this.#options.now ?? Date.now)();
    const delay = Math.min(Math.max(next - now, 1000), MAX_TIMER_MS);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.retryDue().catch((error) => {
        // Usually the library is locked or being restored; look again in a minute rather than spin.
        console.error('lectern: automatic retry failed', error);
        if (this.#disposed) return;
        this.#timer = setTimeout(() => this.#plan(), 60_000);
        this.#timer.unref();
      });
    }, delay);
    this.#timer.unref();
  }
}

/** Why a link can never be fetched, as a sentence, or null for an http(s) address. */
function unfetchableReason(url: string): string | null {
  try {
    parseWebUrl(url);
    return null;
  } catch (error) {
    if (error instanceof WebError) return error.message;
    throw error;
  }
}
