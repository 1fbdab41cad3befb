/**
 * When the download queue tries again. A passing failure (a timeout, a 5xx, a dropped network) is tried
 * again after a growing wait, a few times, before the article is marked failed; several passing failures in a
 * row, whatever the host, mean the network itself is likely down, so the whole queue holds off for a while
 * instead of burning through thousands of links while offline. Permanent failures are never retried here.
 */
import type { ArticleDownload } from '../../../shared/models-migration.ts';

/** Waits before the 2nd, 3rd and 4th try of one article; after that it is marked failed. */
const RETRY_DELAYS_MS: readonly number[] = [15_000, 60_000, 5 * 60_000];
/** Passing failures in a row (no success or clear answer between) that make the whole queue hold off. */
const HOLD_AFTER_FAILURES = 4;
const FIRST_HOLD_MS = 30_000;
const MAX_HOLD_MS = 10 * 60_000;

interface RetryBackoffOptions {
  /** Tests shorten the waits. */
  retryDelaysMs?: readonly number[];
  holdMs?: number;
  /** An article's wait is over: put it back in line. */
  wake: (id: string) => void;
  /** The queue's hold is over: start what waits. */
  resume: () => void;
}

/** The waits of articles that failed for a passing reason, and the whole queue's hold when the network seems down. */
export class RetryBackoff {
  readonly #options: RetryBackoffOptions;
  readonly #tries = new Map<string, number>();
  readonly #sleeping = new Map<string, NodeJS.Timeout>();
  #streak = 0;
  #hold: NodeJS.Timeout | null = null;
  #holdMs: number;

  constructor(options: RetryBackoffOptions) {
    this.#options = options;
    this.#holdMs = options.holdMs ?? FIRST_HOLD_MS;
  }

  /** Articles waiting out a wait before their next try. */
  get sleeping(): number {
    return this.#sleeping.size;
  }

  /** True while the whole queue holds off. */
  get holding(): boolean {
    return this.#hold !== null;
  }

  /** A download worked: the network is fine, and the article's count is forgotten. */
  succeeded(id: string): void {
    this.#tries.delete(id);
    this.#streak = 0;
    this.#holdMs = this.#options.holdMs ?? FIRST_HOLD_MS;
  }

  /**
   * A download failed. Returns null when the article will be tried again (after its wait, wake() puts it back),
   * or how many tries it had when it will not (a permanent failure, or the tries ran out).
   */
  failed(id: string, retryable: boolean): number | null {
    const tries = (this.#tries.get(id) ?? 0) + 1;
    if (!retryable) this.#streak = 0; // a clear answer from a server: the network works
    else if (++this.#streak >= HOLD_AFTER_FAILURES && this.#hold === null) this.#holdOff();
    const delay = retryable ? (this.#options.retryDelaysMs ?? RETRY_DELAYS_MS)[tries - 1] : undefined;
    if (delay === undefined) {
      this.#tries.delete(id);
      return tries;
    }
    this.#tries.set(id, tries);
    this.#sleeping.set(id, setTimeout(() => {
      this.#sleeping.delete(id);
      this.#options.wake(id);
    }, delay));
    return null;
  }

  /** Ends an article's wait at once (the reader asked for it): wake() puts it back in line. False when it was not waiting. */
  wakeNow(id: string): boolean {
    const timer = this.#sleeping.get(id);
    if (timer === undefined) return false;
    clearTimeout(timer);
    this.#sleeping.delete(id);
    this.#options.wake(id);
    return true;
  }

  /** Cancels every wait and the hold (the queue is closing). */
  dispose(): void {
    for (const timer of this.#sleeping.values()) clearTimeout(timer);
    this.#sleeping.clear();
    if (this.#hold !== null) clearTimeout(this.#hold);
    this.#hold = null;
  }

  #holdOff(): void {
    this.#streak = 0;
    const wait = this.#holdMs;
    this.#holdMs = Math.min(wait * 2, MAX_HOLD_MS);
    this.#hold = setTimeout(() => {
      this.#hold = null;
      this.#options.resume();
    }, wait);
  }
}

/** What capture says of a passing failure ("…; the link is kept and will be retried."). */
const WILL_RETRY = /;?\s*the link is kept and will be retried\.$/;

/**
 * The reason kept on an article whose tries ran out: capture's message promised another try, so it now
 * says how many were made and what the reader can do.
 */
export function givenUpError(error: NonNullable<ArticleDownload['error']>, tries: number): NonNullable<ArticleDownload['error']> {
  if (tries <= 1) return error;
  const said = WILL_RETRY.test(error.message) ? `${error.message.replace(WILL_RETRY, '')}.` : error.message;
  return { code: error.code, message: `${said} Lectern tried ${tries} times; press Retry to try again.` };
}
