/**
 * What `downloads.changed` reports beyond the counts in the records: articles downloaded in this batch, and
 * the pace (articles finished a minute over the last few minutes) with the time left at that pace. Measured
 * from when the queue last got going (a start, a resume, new work after it ran dry), so time spent paused or
 * idle does not drag the pace down.
 */
import type { DownloadStatus } from '../../../shared/models-migration.ts';

/** The recent stretch the pace is measured over. */
const WINDOW_MS = 5 * 60_000;
/** Below this, a pace is a guess from one lucky burst: say nothing yet. */
const MIN_FINISHED = 3;
const MIN_ELAPSED_MS = 10_000;

/** The batch's downloaded count and its pace. */
export class DownloadProgress {
  readonly #now: () => number;
  #since: number;
  #finished: number[] = [];
  #done = 0;

  constructor(now: () => number) {
    this.#now = now;
    this.#since = now();
  }

  /** New work after the queue ran dry: counted and timed afresh. */
  newBatch(): void {
    this.#done = 0;
    this.restartPace();
  }

  /** The queue got going again (resumed): the pace is measured from now. */
  restartPace(): void {
    this.#since = this.#now();
    this.#finished = [];
  }

  /** One article finished: downloaded, or failed for good (either way the queue moved on). */
  finished(downloaded: boolean): void {
    this.#finished.push(this.#now());
    if (downloaded) this.#done++;
  }

  /** The status from the records' counts (queued includes those running), what runs now, and whether paused. */
  status(counts: { queued: number; failed: number }, active: number, paused: boolean): DownloadStatus {
    const queued = Math.max(0, counts.queued - active);
    const perMinute = this.#pace();
    const remaining = queued + active;
    const secondsLeft = remaining === 0 ? 0 : perMinute === null || paused ? null : Math.ceil((remaining / perMinute) * 60);
    return { queued, active, failed: counts.failed, done: this.#done, paused, perMinute, secondsLeft };
  }

  /** Articles a minute, one decimal; null until enough have finished over enough time to tell. */
  #pace(): number | null {
    const now = this.#now();
    const from = Math.max(this.#since, now - WINDOW_MS);
    this.#finished = this.#finished.filter((time) => time >= from);
    const elapsed = now - from;
    if (this.#finished.length < MIN_FINISHED || elapsed < MIN_ELAPSED_MS) return null;
    return Math.round((this.#finished.length * 600_000) / elapsed) / 10;
  }
}
