/**
 * One request at a time, newest wins: while one runs, only the latest value waiting is kept, because every
 * older one would answer a question nobody is asking any more. Typing a search sends the first key at once
 * (no fixed debounce to wait out) and never queues more work than core can answer.
 */

interface LatestOnly<T> {
  /** Runs value now when idle, else keeps it (replacing any older waiting value) for when the running one ends. */
  push(value: T): void;
  /** Runs value now, whatever is running, and forgets anything waiting (clearing the box must not wait). */
  now(value: T): void;
  /** Resolves once nothing runs or waits: the answer on screen is for the newest value. */
  idle(): Promise<void>;
}

/** A latest-only runner around run, whose promise says when core has answered. */
export function latestOnly<T>(run: (value: T) => Promise<unknown>): LatestOnly<T> {
  let running = 0;
  let waiting: { value: T } | null = null;
  const idlers: (() => void)[] = [];
  const start = (value: T) => {
    const mine = ++running;
    let answered: Promise<unknown>;
    try {
      answered = run(value);
    } catch {
      answered = Promise.resolve();
    }
    void answered
      .catch(() => {})
      .finally(() => {
        if (mine !== running) return; // overtaken by now(): that run releases the queue
        running = 0;
        const next = waiting;
        waiting = null;
        if (next) start(next.value);
        else for (const done of idlers.splice(0)) done();
      });
  };
  return {
    push(value) {
      if (running) waiting = { value };
      else start(value);
    },
    now(value) {
      waiting = null;
      start(value);
    },
    idle() {
      return running ? new Promise<void>((resolve) => idlers.push(resolve)) : Promise.resolve();
    },
  };
}
