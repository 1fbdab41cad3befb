/**
 * The download queue's engine: starts the articles in line (download-line.ts) up to the limits, runs each
 * through downloadArticle, and records how it went: done, tried again after a wait (retry-policy.ts), or
 * given up (a link marked failed, an imported text's pictures left as placeholders). It knows nothing of
 * why an article is in line; download-queue.ts decides that from the records.
 */
import type { Article } from '../../../shared/models.ts';
import type { Library } from '../../library/library.ts';
import { downloadArticle, giveUp, type DownloadCaptureSettings, type DownloadOutcome } from './download-article.ts';
import { DownloadLine } from './download-line.ts';
import type { DownloadProgress } from './download-progress.ts';
import { RetryBackoff } from './retry-policy.ts';

export interface DownloadRunnerOptions {
  library: Library;
  capture?: DownloadCaptureSettings;
  /** Downloads from one host at once (default 2), and in all (default 4). */
  perHost?: number;
  concurrency?: number;
  /** Tests shorten the waits of retry-policy.ts. */
  retryDelaysMs?: readonly number[];
  holdMs?: number;
}

interface RunnerContext {
  progress: DownloadProgress;
  /** True while the reader has paused downloads: only articles asked for by name start. */
  paused: () => boolean;
  /** Something the status reports moved on. */
  changed: () => void;
}

export class DownloadRunner {
  readonly #options: DownloadRunnerOptions & RunnerContext;
  readonly #line: DownloadLine;
  readonly #backoff: RetryBackoff;
  readonly #aborts = new Set<AbortController>();
  #idleWaiters: (() => void)[] = [];
  #running = false;
  #disposed = false;

  constructor(options: DownloadRunnerOptions & RunnerContext) {
    this.#options = options;
    this.#line = new DownloadLine(options.perHost ?? 2);
    const { retryDelaysMs, holdMs } = options;
    this.#backoff = new RetryBackoff({ retryDelaysMs, holdMs, wake: (id) => this.#wake(id), resume: () => this.pump() });
  }

  /** Articles being downloaded now. */
  get active(): number {
    return this.#line.active;
  }

  /** From now on, articles in line start (the app on open, `lectern fetch`); before, they only wait. */
  start(): void {
    if (!this.#disposed) this.#running = true;
  }

  /** Puts an article in line (once); the pace is measured afresh when the line was empty. */
  add(id: string, url: string): void {
    if (this.#line.join(id, url)) this.#options.progress.newBatch();
  }

  /** An article asked for by name: a wait before its next try ends, and it goes first, even while paused. */
  hurry(id: string, url: string): void {
    this.#backoff.wakeNow(id);
    this.add(id, url);
    this.#line.hurry(id, url);
  }

  /** Starts what may start now. */
  pump(): void {
    if (this.#running && !this.#disposed) {
      // Paused, or holding off while the network seems down: only what the reader asked for by name starts.
      const onlyWanted = this.#options.paused() || this.#backoff.holding;
      const limit = this.#options.concurrency ?? 4;
      while (this.#line.active < limit) {
        const next = this.#line.next(onlyWanted);
        if (next === null) break;
        void this.#run(next.id, next.host);
      }
    }
    this.settled();
  }

  /** Resolves once settled(): nothing runs and nothing more will start on its own. */
  async idle(): Promise<void> {
    if (!this.settled()) await new Promise<void>((resolve) => this.#idleWaiters.push(resolve));
  }

  /** True when there is nothing more to wait for (empty, paused or stopped, and nothing running); wakes idle(). */
  settled(): boolean {
    const stopped = this.#disposed || this.#options.paused();
    const empty = this.#line.waiting === 0 && this.#backoff.sleeping === 0;
    const settled = this.#line.active === 0 && (stopped || empty || !this.#running);
    if (settled) for (const wake of this.#idleWaiters.splice(0)) wake();
    return settled;
  }

  /** Stops: no new starts, waits and holds cancelled, downloads under way aborted (their articles stay queued). */
  dispose(): void {
    this.#disposed = true;
    this.#running = false;
    this.#backoff.dispose();
    for (const controller of this.#aborts) controller.abort();
    this.settled();
  }

  async #run(id: string, host: string): Promise<void> {
    const controller = new AbortController();
    this.#aborts.add(controller);
    let outcome: DownloadOutcome;
    try {
      outcome = await downloadArticle(this.#options.library, id, { capture: this.#options.capture, signal: controller.signal });
    } finally {
      this.#aborts.delete(controller);
      this.#line.finish(host);
    }
    if (this.#disposed) return void this.settled();
    try {
      await this.#record(id, outcome);
    } catch (error) {
      // Usually the library closing under the queue; the article stays queued for the next start.
      console.error('lectern: a download could not be recorded', error);
      this.#line.leave(id);
    }
    this.#options.changed();
    this.pump();
  }

  async #record(id: string, outcome: DownloadOutcome): Promise<void> {
    if (outcome.kind === 'gone') return this.#line.leave(id);
    if (outcome.kind === 'done') {
      this.#line.leave(id);
      this.#backoff.succeeded(id);
      this.#options.progress.finished(true);
      return;
    }
    const tries = this.#backoff.failed(id, outcome.retryable);
    if (tries === null) return; // tried again after a wait
    this.#line.leave(id);
    this.#options.progress.finished(false);
    await giveUp(this.#options.library, id, outcome, tries);
  }

  /** An article's wait before another try is over: first in its host's line, unless it is gone meanwhile. */
  #wake(id: string): void {
    const article = liveArticle(this.#options.library, id);
    if (article === null) this.#line.leave(id);
    else this.#line.rejoin(id, article.source.value);
    this.pump();
  }
}

/** The article, or null once it is deleted. */
export function liveArticle(library: Library, id: string): Article | null {
  try {
    return library.get(id);
  } catch {
    return null;
  }
}
