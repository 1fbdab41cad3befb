import type { DownloadStatus } from '../../../shared/models-migration.ts';
import type { Article } from '../../../shared/models.ts';
import type { Emit } from '../../event-bus.ts';
import type { Library } from '../../library/library.ts';
import { downloadArticle, type DownloadCaptureSettings, type DownloadOutcome } from './download-article.ts';
import { DownloadProgress } from './download-progress.ts';
import { DownloadSettings } from './download-settings.ts';
import { downloadCounts, queuedRecords, retryTargets } from './download-records.ts';
import { hostOf, HostLanes } from './host-lanes.ts';
import { givenUpError, RetryBackoff } from './retry-policy.ts';

/** dataDir keeps the paused flag; the library raises library.changed per article filled in, the queue its progress. */
interface DownloadQueueOptions {
  library: Library;
  dataDir: string;
  emit: Emit<'downloads.changed'>;
  capture?: DownloadCaptureSettings;
  /** Downloads from one host at once (default 2), and in all (default 4). */
  perHost?: number;
  concurrency?: number;
  /** Tests shorten the waits of retry-policy.ts. */
  retryDelaysMs?: readonly number[];
  holdMs?: number;
  now?: () => number;
}

/**
 * Background downloads of articles that arrived as links only (an import's 5,000–20,000 bare links). The queue
 * is derived from the records (every live article whose download is `queued`), so nothing but the paused
 * flag is kept: a restart picks up where it stopped. Each article is fetched with the capture pipeline and
 * filled in place (same id), at most two at once per host and four in all, hosts taking turns.
 *
 * The app calls start() when the library opens; the CLI never starts background work on open, and a command
 * such as `lectern fetch` awaits runUntilIdle() instead.
 */
export class DownloadQueue {
  readonly #options: DownloadQueueOptions;
  readonly #settings: DownloadSettings;
  readonly #lanes: HostLanes;
  readonly #progress: DownloadProgress;
  readonly #backoff: RetryBackoff;
  /** Articles waiting, running or waiting out a retry: each is in the queue once. */
  readonly #known = new Set<string>();
  readonly #aborts = new Set<AbortController>();
  #idleWaiters: (() => void)[] = [];
  #running = false;
  #disposed = false;

  constructor(options: DownloadQueueOptions) {
    this.#options = options;
    this.#settings = new DownloadSettings(options.dataDir);
    this.#lanes = new HostLanes(options.perHost ?? 2);
    this.#progress = new DownloadProgress(options.now ?? Date.now);
    const { retryDelaysMs, holdMs } = options;
    this.#backoff = new RetryBackoff({ retryDelaysMs, holdMs, wake: (id) => this.#wake(id), resume: () => this.#pump() });
  }

  /** Reads whether the reader paused downloads (a damaged file is set aside: not paused). */
  async open(): Promise<void> {
    await this.#settings.load();
  }

  /** Starts downloading in the background: everything queued in the library, then what enqueue() adds. */
  start(): void {
    if (this.#disposed) return;
    this.#running = true;
    for (const record of queuedRecords(this.#options.library.records())) this.#add(record.id, record.source.value);
    this.#pump();
    this.#changed();
  }

  /**
   * For the CLI (`lectern fetch`): starts the queue and resolves, with the final status, once nothing is
   * waiting or running, or once it is paused (the downloads under way finish first) or closed. A paused
   * queue stays paused; call resume() first to fetch anyway.
   */
  async runUntilIdle(): Promise<DownloadStatus> {
    this.start();
    if (!this.#settled()) await new Promise<void>((resolve) => this.#idleWaiters.push(resolve));
    return this.status();
  }

  /** Counts from the records (queued, failed), what is running now, and the pace. */
  status(): DownloadStatus {
    return this.#progress.status(downloadCounts(this.#options.library.records()), this.#lanes.active, this.#settings.paused);
  }

  /** Starts nothing new (downloads under way finish); remembered across restarts. */
  async pause(): Promise<DownloadStatus> {
    await this.#settings.setPaused(true);
    this.#settled();
    this.#changed();
    return this.status();
  }

  async resume(): Promise<DownloadStatus> {
    await this.#settings.setPaused(false);
    this.#progress.restartPace();
    this.#pump();
    this.#changed();
    return this.status();
  }

  /** Queues the links an import held back (`lectern import --no-fetch`), for `lectern fetch` to download. */
  async queueHeld(): Promise<DownloadStatus> {
    const held = this.#options.library.records().filter((record) => record.deletedAt === null && record.download?.state === 'held');
    return held.length > 0 ? this.retry(held.map((record) => record.id)) : this.status();
  }

  /** Puts failed downloads back in the queue: these articles (held ones too), or every failed one. */
  async retry(ids?: readonly string[]): Promise<DownloadStatus> {
    const { library } = this.#options;
    const targets = retryTargets(library.records(), ids);
    const requeued = new Set(library.setDownloadState(targets.map((record) => record.id), { state: 'queued', attempts: 0, error: null }));
    for (const record of targets) if (requeued.has(record.id)) this.#add(record.id, record.source.value);
    this.#pump();
    this.#changed();
    return this.status();
  }

  /** Articles just imported as links: queued, in this order within each host (hosts take turns). */
  enqueue(ids: readonly string[]): void {
    for (const id of ids) {
      const article = this.#live(id);
      if (article?.download?.state === 'queued') this.#add(id, article.source.value);
    }
    this.#pump();
    this.#changed();
  }

  /** Stops: no new starts, waits and holds cancelled, downloads under way aborted (their articles stay queued). */
  dispose(): void {
    this.#disposed = true;
    this.#running = false;
    this.#backoff.dispose();
    for (const controller of this.#aborts) controller.abort();
    this.#settled();
  }

  #add(id: string, url: string, atFront = false): void {
    if (this.#known.has(id)) return;
    if (this.#known.size === 0) this.#progress.newBatch(); // new work after the queue ran dry
    this.#known.add(id);
    this.#lanes.add(id, hostOf(url), atFront);
  }

  #pump(): void {
    if (this.#running && !this.#disposed && !this.#settings.paused && !this.#backoff.holding) {
      const limit = this.#options.concurrency ?? 4;
      while (this.#lanes.active < limit) {
        const next = this.#lanes.take();
        if (next === null) break;
        void this.#run(next.id, next.host);
      }
    }
    this.#settled();
  }

  async #run(id: string, host: string): Promise<void> {
    const controller = new AbortController();
    this.#aborts.add(controller);
    let outcome: DownloadOutcome;
    try {
      outcome = await downloadArticle(this.#options.library, id, { capture: this.#options.capture, signal: controller.signal });
    } finally {
      this.#aborts.delete(controller);
      this.#lanes.finish(host);
    }
    if (this.#disposed) return void this.#settled();
    try {
      this.#record(id, outcome);
    } catch (error) {
      // Usually the library closing under the queue; the article stays queued for the next start.
      console.error('lectern: a download could not be recorded', error);
      this.#known.delete(id);
    }
    this.#changed();
    this.#pump();
  }

  #record(id: string, outcome: DownloadOutcome): void {
    if (outcome.kind === 'gone') return void this.#known.delete(id);
    if (outcome.kind === 'done') {
      this.#known.delete(id);
      this.#backoff.succeeded(id);
      this.#progress.finished(true);
      return;
    }
    const tries = this.#backoff.failed(id, outcome.retryable);
    if (tries === null) return; // tried again after a wait
    this.#known.delete(id);
    this.#progress.finished(false);
    this.#options.library.setDownloadState([id], { state: 'failed', attempts: outcome.attempts + tries, error: givenUpError(outcome.error, tries) });
  }

  /** An article's wait before another try is over: first in its host's line, unless it is gone meanwhile. */
  #wake(id: string): void {
    const article = this.#live(id);
    if (article === null) this.#known.delete(id);
    else this.#lanes.add(id, hostOf(article.source.value), true);
    this.#pump();
  }

  /** The article, or null once it is deleted. */
  #live(id: string): Article | null {
    try {
      return this.#options.library.get(id);
    } catch {
      return null;
    }
  }

  /** True when there is nothing more to wait for; wakes runUntilIdle() then. */
  #settled(): boolean {
    const stopped = this.#disposed || this.#settings.paused;
    const empty = this.#lanes.waiting === 0 && this.#backoff.sleeping === 0;
    const settled = this.#lanes.active === 0 && (stopped || empty || !this.#running);
    if (settled) for (const wake of this.#idleWaiters.splice(0)) wake();
    return settled;
  }

  #changed(): void {
    if (!this.#disposed) this.#options.emit('downloads.changed', this.status());
  }
}
