/**
 * A write that waits for a pause: reading progress and notes change many times a second, but core should hear
 * about them only when the reader rests (lowdb rewrites its whole file per write), and always before leaving.
 * Writes never overlap, so an older value can never land after a newer one.
 */

export type WriteState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

interface DebouncedWriter<T> {
  /** Remembers the newest value and (re)starts the wait. */
  push(value: T): void;
  /** Writes a waiting value now and resolves when everything pushed so far is written (or failed). */
  flush(): Promise<void>;
  /** Stops the timer without writing (a failed value keeps retrying); call flush first when the value matters. */
  dispose(): void;
}

interface WriterOptions {
  delayMs: number;
  /** Waits before trying a failed value again, one per attempt; the last one repeats. */
  retryDelaysMs?: number[];
  onState?: (state: WriteState, error?: string) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Creates a debounced, serialised writer; write resolves to an error message or null. */
export function createDebouncedWriter<T>(
  write: (value: T) => Promise<string | null>,
  options: WriterOptions,
): DebouncedWriter<T> {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let waiting: { value: T } | null = null;
  /** A value whose write failed and that nothing newer has replaced: it is retried, never dropped. */
  let failed: { value: T } | null = null;
  let attempts = 0;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  const retryDelays = options.retryDelaysMs ?? [2000, 5000, 15000, 30000];

  const report = (state: WriteState, error?: string) => options.onState?.(state, error);

  async function drain(): Promise<void> {
    while (waiting) {
      const { value } = waiting;
      waiting = null;
      report('saving');
      let error: string | null;
      try {
        error = await write(value);
      } catch (thrown) {
        error = thrown instanceof Error ? thrown.message : String(thrown);
      }
      if (error !== null) {
        report('error', error);
        if (!waiting) scheduleRetry(value);
      } else {
        failed = null;
        attempts = 0;
        if (!waiting) report('saved');
      }
    }
  }

  function scheduleRetry(value: T): void {
    failed = { value };
    const delay = retryDelays[Math.min(attempts, retryDelays.length - 1)] ?? 5000;
    attempts++;
    if (timer !== null) clearTimer(timer);
    timer = setTimer(() => {
      timer = null;
      retryFailed();
    }, delay);
  }

  function retryFailed(): Promise<void> {
    if (failed && !waiting) waiting = failed;
    failed = null;
    return start();
  }

  function start(): Promise<void> {
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    if (!inFlight) {
      inFlight = drain().finally(() => {
        inFlight = null;
      });
    }
    return inFlight;
  }

  return {
    push(value) {
      waiting = { value };
      report('pending');
      if (timer !== null) clearTimer(timer);
      timer = setTimer(() => {
        timer = null;
        void start();
      }, options.delayMs);
    },
    async flush() {
      // A write already running picks up the waiting value when it finishes (the drain loop).
      while (waiting || inFlight) await start();
      // One more try for a value that failed earlier; if it fails again it stays queued for its retry.
      if (failed) await retryFailed();
    },
    dispose() {
      // A value that failed keeps its retry: leaving the view must not drop what the reader wrote.
      if (failed) return;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
