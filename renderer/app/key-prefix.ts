/**
 * A first key that waits briefly for a second one: `g` then `n`, `g` then `g`. The shortcut registry matches
 * single chords, so a view that needs a pair reads it here first. Alone, the first key still does its own
 * thing once the wait is over, and a key that is no follower does that at once and then counts as itself.
 */

interface PrefixTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

interface KeyPrefixOptions {
  /** The waiting key, e.g. 'g' (compared with KeyboardEvent.key). */
  first: string;
  /** What each second key does. */
  followers: Readonly<Record<string, () => void>>;
  /** What the first key does alone, after the wait or before another key. */
  alone: () => void;
  waitMs: number;
  timers?: PrefixTimers;
}

export interface KeyPrefix {
  /** Offers a plain key (no Ctrl, Cmd or Alt); true when it was used here and must go no further. */
  offer(key: string): boolean;
  /** Forgets a waiting first key without running anything (the view closed). */
  cancel(): void;
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);
const browserTimers: PrefixTimers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/** A prefix key reader; see KeyPrefix. */
export function keyPrefix({ first, followers, alone, waitMs, timers = browserTimers }: KeyPrefixOptions): KeyPrefix {
  let waiting: unknown = null;
  const stop = (): boolean => {
    if (waiting === null) return false;
    timers.clear(waiting);
    waiting = null;
    return true;
  };
  return {
    offer(key) {
      // Shift on its way to a capital (Shift+G) is not a second key yet.
      if (MODIFIER_KEYS.has(key)) return false;
      if (stop()) {
        const follower = followers[key];
        if (follower) {
          follower();
          return true;
        }
        alone();
        return false;
      }
      if (key !== first) return false;
      waiting = timers.set(() => {
        waiting = null;
        alone();
      }, waitMs);
      return true;
    },
    cancel() {
      stop();
    },
  };
}
