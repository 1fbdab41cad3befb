/**
 * Remembers the window's size and position. Moves and resizes arrive dozens of times a
 * second while dragging, and every settings write rewrites settings.json, so saving is
 * debounced; closing flushes at once. The normal (unmaximized) bounds are what is stored, so
 * un-maximizing next session returns to the size the reader chose.
 */
import type { WindowBounds } from '../shared/models.ts';
import type { Rect } from './window-bounds.ts';

/** The BrowserWindow methods the tracker uses. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

export interface BoundsTracker {
  /** Saves now if a save is due; resolves when the last save has finished. */
  flush(): Promise<void>;
}

/** The bounds to store, or null while the window's state says nothing about where it should open. */
export function snapshotBounds(win: TrackedWindow): WindowBounds | null {
  if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return null;
  const { x, y, width, height } = win.getNormalBounds();
  return { x, y, width, height, maximized: win.isMaximized() };
}

/** Saves the window's bounds through save (settings.update) after changes settle for delayMs. */
export function trackWindowBounds(win: TrackedWindow, save: (bounds: WindowBounds) => Promise<unknown>, delayMs = 500): BoundsTracker {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<unknown> = Promise.resolve();
  let last = '';

  const saveNow = () => {
    timer = null;
    const bounds = snapshotBounds(win);
    if (!bounds) return;
    const key = JSON.stringify(bounds);
    if (key === last) return;
    last = key;
    // A failed settings write must not take the shell down; the next change tries again.
    inFlight = inFlight.then(() => save(bounds)).catch(() => (last = ''));
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, schedule);
  win.on('close', () => {
    if (timer) clearTimeout(timer);
    saveNow();
  });

  return {
    async flush() {
      if (timer) {
        clearTimeout(timer);
        saveNow();
      }
      await inFlight;
    },
  };
}
