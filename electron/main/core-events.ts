/**
 * Core's events (library changed, import progress) pushed to the app window. Only the window
 * showing the app gets them; a destroyed or navigated-away window is skipped.
 */
import type { Core } from '../core/core-types.ts';
import { IPC_EVENT_CHANNEL } from '../shared/bridge.ts';
import { isAppUrl } from './app-url.ts';

export interface EventTarget {
  isDestroyed(): boolean;
  webContents: { getURL(): string; send(channel: string, payload: unknown): void };
}

/** Forwards every core event to the current window; returns the unsubscribe function. */
export function forwardCoreEvents(core: Pick<Core, 'events'>, currentWindow: () => EventTarget | null): () => void {
  return core.events.on((event) => {
    const win = currentWindow();
    if (!win || win.isDestroyed() || !isAppUrl(win.webContents.getURL())) return;
    win.webContents.send(IPC_EVENT_CHANNEL, event);
  });
}
