/**
 * Wires saving from the web into the running app: pasted links, core's capture events, Ctrl/Cmd+L and
 * the palette commands, retrying when the network comes back, and finishing removals when the window goes.
 */
import { onEvent } from '../api/client.ts';
import { registerShortcuts } from '../app/shortcuts.ts';
import { onCaptureProgress, openAddUrl, saveUrls } from './capture-store.ts';
import { flushRemovals, pendingItems, refreshPending, refreshPendingSoon, retryAllPending } from './pending-store.ts';
import { setLinkSaver } from '../library/import/paste-import.ts';
import './web-capture.css';

export function installWebCapture(): () => void {
  void refreshPending();
  // A paste of links in the library (the paste import decides what is a link) is saved from here.
  const stopPaste = setLinkSaver((urls) => saveUrls(urls));
  const stopEvents = onEvent((event) => {
    if (event.name === 'capture.progress') onCaptureProgress(event.payload);
    else if (event.name === 'pending.changed') refreshPendingSoon();
  });
  const stopShortcuts = registerShortcuts('global', [
    { keys: ['Mod+L'], description: 'Save links from the web', run: openAddUrl, inInputs: true },
    { keys: [], description: 'Retry all links waiting to be saved', run: () => void retryAllPending() },
  ]);
  // The browser knows before core does that the network is back: try every waiting link now.
  const onOnline = () => {
    if (pendingItems.value.length > 0) void retryAllPending({ quiet: true });
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('pagehide', flushRemovals);
  return () => {
    stopPaste();
    stopEvents();
    stopShortcuts();
    window.removeEventListener('online', onOnline);
    window.removeEventListener('pagehide', flushRemovals);
  };
}
