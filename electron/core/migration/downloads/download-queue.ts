import type { DownloadStatus } from '../../../shared/models-migration.ts';
import type { Emit } from '../../event-bus.ts';
import type { ArticleRecord } from '../../library/schema.ts';
import { DownloadProgress } from './download-progress.ts';
import { downloadCounts, queuedRecords, requeue, retryTargets } from './download-records.ts';
import { DownloadRunner, liveArticle, type DownloadRunnerOptions } from './download-runner.ts';
import { DownloadSettings } from './download-settings.ts';

/** dataDir keeps the paused flag; the library raises library.changed per article filled in, the queue its progress. */
interface DownloadQueueOptions extends DownloadRunnerOptions {
  dataDir: string;
  emit: Emit<'downloads.changed'>;
  now?: () => number;
}

/**
 * Background downloads of articles that arrived as links only (an import's 5,000–20,000 bare links), and of
 * the pictures of imported texts. The queue is derived from the records (every live article whose download
 * is `queued`), so nothing but the paused flag is kept: a restart picks up where it stopped. Each article is
 * fetched with the capture pipeline and filled in place (same id), at most two at once per host and four in
 * all, hosts taking turns (download-runner.ts runs them, download-line.ts keeps their order).
 *
 * The app calls start() when the library opens; the CLI never starts background work on open, and a command
 * such as `lectern fetch` awaits runUntilIdle() instead.
 */
export class DownloadQueue {
  readonly #options: DownloadQueueOptions;
  readonly #settings: DownloadSettings;
  readonly #progress: DownloadProgress;
  readonly #runner: DownloadRunner;
  #disposed = false;

  constructor(options: DownloadQueueOptions) {
    this.#options = options;
    this.#settings = new DownloadSettings(options.dataDir);
    this.#progress = new DownloadProgress(options.now ?? Date.now);
    this.#runner = new DownloadRunner({ ...options, progress: this.#progress, paused: () => this.#settings.paused, changed: () => this.#changed() });
  }

  /** Reads whether the reader paused downloads (a damaged file is set aside: not paused). */
  async open(): Promise<void> {
    await this.#settings.load();
  }

  /** Starts downloading in the background: everything queued in the library, then what enqueue() adds. */
  start(): void {
    if (this.#disposed) return;
    this.#runner.start();
    for (const record of queuedRecords(this.#options.library.records())) this.#runner.add(record.id, record.source.value);
    this.#moved();
  }

  /**
   * For the CLI (`lectern fetch`): starts the queue and resolves, with the final status, once nothing is
   * waiting or running, or once it is paused (the downloads under way finish first) or closed. A paused
   * queue stays paused; call resume() first to fetch anyway.
   */
  async runUntilIdle(): Promise<DownloadStatus> {
    this.start();
    await this.#runner.idle();
    return this.status();
  }

  /** Counts from the records (queued, failed), what is running now, and the pace. */
  status(): DownloadStatus {
    return this.#progress.status(downloadCounts(this.#options.library.records()), this.#runner.active, this.#settings.paused);
  }

  /** Starts nothing new (downloads under way finish); remembered across restarts. */
  async pause(): Promise<DownloadStatus> {
    await this.#settings.setPaused(true);
    this.#runner.settled();
    this.#changed();
    return this.status();
  }

  async resume(): Promise<DownloadStatus> {
    await this.#settings.setPaused(false);
    this.#progress.restartPace();
    return this.#moved();
  }

  /** Queues the links an import held back (`lectern import --no-fetch`), for `lectern fetch` to download. */
  async queueHeld(): Promise<DownloadStatus> {
    this.#requeue(this.#options.library.records().filter((record) => record.deletedAt === null && record.download?.state === 'held'));
    return this.#moved();
  }

  /**
   * Puts downloads back in the queue: with ids, these articles (failed, held or still queued) go to the front
   * of the whole queue and start even while it is paused ("Download now", Retry); without, every failed one.
   */
  async retry(ids?: readonly string[]): Promise<DownloadStatus> {
    this.#requeue(retryTargets(this.#options.library.records(), ids));
    for (const id of ids ?? []) {
      const article = liveArticle(this.#options.library, id);
      if (article?.download?.state === 'queued') this.#runner.hurry(id, article.source.value);
    }
    return this.#moved();
  }

  /** Articles just imported as links (or texts whose pictures wait): queued, in this order within each host. */
  enqueue(ids: readonly string[]): void {
    for (const id of ids) {
      const article = liveArticle(this.#options.library, id);
      if (article?.download?.state === 'queued') this.#runner.add(id, article.source.value);
    }
    this.#moved();
  }

  /** Stops: no new starts, waits and holds cancelled, downloads under way aborted (their articles stay queued). */
  dispose(): void {
    this.#disposed = true;
    this.#runner.dispose();
  }

  #requeue(records: readonly ArticleRecord[]): void {
    const requeued = new Set(requeue(this.#options.library, records));
    for (const record of records) if (requeued.has(record.id)) this.#runner.add(record.id, record.source.value);
  }

  /** The line changed: start what may start, and say so. */
  #moved(): DownloadStatus {
    this.#runner.pump();
    this.#changed();
    return this.status();
  }

  #changed(): void {
    if (!this.#disposed) this.#options.emit('downloads.changed', this.status());
  }
}
