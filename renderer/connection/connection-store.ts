/**
 * The Browser connection dialog's state: whether Lectern listens (and where, or why not), the paired
 * browsers, and the reader's changes to both. Core's 'connection.changed' keeps it current while it is open.
 */
import { signal } from '@preact/signals';
import type { ConnectionStatus, PairedBrowser } from '../../electron/shared/contract-connection.ts';
import { call } from '../api/client.ts';
import { followCorePairings } from './pairing-store.ts';

export const connectionDialogOpen = signal(false);
export const connectionStatus = signal<ConnectionStatus | null>(null);
/** Null until the first answer. */
export const pairedBrowsers = signal<readonly PairedBrowser[] | null>(null);
/** True while the switch waits for core (starting a listener takes a moment). */
export const switching = signal(false);
/** A sentence about the last thing that failed here (core's own words), or what was just done; for the dialog's live line. */
export const connectionNotice = signal<{ tone: 'info' | 'error'; text: string } | null>(null);

async function loadBrowsers(): Promise<void> {
  const result = await call('browsers.list', {});
  if (result.ok) pairedBrowsers.value = result.value;
  else connectionNotice.value = { tone: 'error', text: result.message };
}

/** Core's word on the connection (an event or an answer): the dialog follows it, and so does the pairing queue. */
export function applyConnectionStatus(status: ConnectionStatus): void {
  connectionStatus.value = status;
  followCorePairings(status.pairings);
  // A browser was paired or revoked, perhaps from elsewhere: the list is only worth asking for while it shows.
  if (connectionDialogOpen.value) void loadBrowsers();
}

/** Asks core for the status (at start, and when the dialog opens). */
export async function refreshConnection(): Promise<void> {
  const result = await call('connection.status', {});
  if (result.ok) applyConnectionStatus(result.value);
  else connectionNotice.value = { tone: 'error', text: result.message };
}

/** "Connect a browser…": opens the dialog with fresh facts. */
export function openConnectionDialog(): void {
  connectionNotice.value = null;
  connectionDialogOpen.value = true;
  void refreshConnection();
  void loadBrowsers();
}

/** The switch: turns listening on or off, and remembers it with the library. */
export async function setConnectionEnabled(on: boolean): Promise<void> {
  switching.value = true;
  connectionNotice.value = null;
  const result = await call(on ? 'connection.enable' : 'connection.disable', {});
  switching.value = false;
  if (result.ok) applyConnectionStatus(result.value);
  else connectionNotice.value = { tone: 'error', text: result.message };
}

/** Disconnects a browser for good (its token is refused from now on); says so in the dialog. */
export async function revokeBrowser(browser: PairedBrowser): Promise<void> {
  const result = await call('browsers.revoke', { id: browser.id });
  if (!result.ok) {
    connectionNotice.value = { tone: 'error', text: result.message };
    return;
  }
  pairedBrowsers.value = (pairedBrowsers.value ?? []).filter((paired) => paired.id !== browser.id);
  connectionNotice.value = { tone: 'info', text: `${browser.client} is disconnected. To save from it again, connect it again from the browser.` };
}
