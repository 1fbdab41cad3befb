/**
 * Wires the browser connection into the running app: core's pairing and connection events, the requests
 * already waiting when the window (re)loads, and "Connect a browser…" in the palette.
 */
import { onEvent } from '../api/client.ts';
import { registerShortcuts } from '../app/shortcuts.ts';
import { applyConnectionStatus, openConnectionDialog, refreshConnection } from './connection-store.ts';
import { onPairingRequested } from './pairing-store.ts';

/** Installs the events and the palette command; returns one cleanup for all. */
export function installConnection(): () => void {
  void refreshConnection();
  const stopEvents = onEvent((event) => {
    if (event.name === 'pairing.requested') onPairingRequested(event.payload);
    else if (event.name === 'connection.changed') applyConnectionStatus(event.payload);
  });
  const stopCommands = registerShortcuts('global', [{ keys: [], description: 'Connect a browser…', run: openConnectionDialog }]);
  return () => {
    stopEvents();
    stopCommands();
  };
}
