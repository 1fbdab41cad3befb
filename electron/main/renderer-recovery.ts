/**
 * When the renderer process dies (out of memory, a GPU fault), the window would stay blank.
 * Reload it once; if it dies again right away, reloading would only loop, so stop and say so.
 */

/** Crashes closer together than this (ms) count as a crash loop. */
export const CRASH_LOOP_MS = 10_000;

interface RecoverableWindow {
  isDestroyed(): boolean;
  reload(): void;
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
}

/** Reloads the window after an unexpected renderer exit; reports a crash loop through giveUp instead. */
export function recoverFromRendererCrash(
  contents: RecoverableWindow,
  giveUp: (reason: string) => void,
  now: () => number = Date.now,
): void {
  let lastCrash = -Infinity;
  contents.on('render-process-gone', (_event, { reason }) => {
    if (reason === 'clean-exit' || contents.isDestroyed()) return;
    const at = now();
    const looping = at - lastCrash < CRASH_LOOP_MS;
    lastCrash = at;
    if (looping) giveUp(reason);
    else contents.reload();
  });
}
