/**
 * Waits until the page has settled before it is serialised: loaded (or given up on after a while, as a
 * page with a never-ending request would never say so), then a short quiet period with no DOM changes,
 * so text a script renders after load is there. Bounded in all cases: a ticker never falls quiet.
 */

interface SettleTimes {
  /** Longest wait for the load event. */
  loadMs: number;
  /** How long the DOM must stay unchanged. */
  quietMs: number;
  /** Longest wait for that quiet, after load. */
  maxQuietWaitMs: number;
}

const DEFAULT_TIMES: SettleTimes = { loadMs: 8_000, quietMs: 400, maxQuietWaitMs: 3_000 };

function loaded(window: Window, limitMs: number): Promise<void> {
  if (window.document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limitMs);
    window.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

function quiet(window: Window, quietMs: number, limitMs: number): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve();
    };
    // The page's own MutationObserver (a test passes a window that is not the global one).
    const observer = new (window as Window & typeof globalThis).MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(window.document.documentElement, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(done, quietMs);
    const limit = setTimeout(done, limitMs);
  });
}

/** Resolves once `window`'s page is loaded and its DOM has been still for a moment (bounded, see above). */
export async function pageSettled(window: Window, times: Partial<SettleTimes> = {}): Promise<void> {
  const { loadMs, quietMs, maxQuietWaitMs } = { ...DEFAULT_TIMES, ...times };
  await loaded(window, loadMs);
  await quiet(window, quietMs, maxQuietWaitMs);
}
