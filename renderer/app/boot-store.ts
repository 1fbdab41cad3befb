/**
 * Startup: settings and library.status first, because a corrupt or locked library must be explained
 * before anything tries to list articles.
 */
import { signal } from '@preact/signals';
import type { BackupInfo, LibraryState } from '../../electron/shared/models.ts';
import { call } from '../api/client.ts';
import { loadSettings } from './settings-store.ts';
import { backupsForRestore } from './backup-format.ts';

type BootState =
  | { phase: 'loading' }
  | { phase: 'ready'; library: LibraryState }
  /** Core could not be reached at all (no bridge, transport failure). */
  | { phase: 'unreachable'; message: string };

export const boot = signal<BootState>({ phase: 'loading' });

export async function startApp(): Promise<void> {
  const [, status] = await Promise.all([loadSettings(), call('library.status', {})]);
  boot.value = status.ok ? { phase: 'ready', library: status.value } : { phase: 'unreachable', message: status.message };
}

/** Asks core again (after the other Lectern closed); returns whether the library is open now. */
export async function recheckLibrary(): Promise<boolean> {
  const status = await call('library.status', {});
  if (!status.ok || status.value.state !== 'ok') return false;
  boot.value = { phase: 'ready', library: status.value };
  return true;
}

/** Takes over a library whose holder has gone silent; true when it is open now. */
export async function takeOverLibrary(): Promise<boolean> {
  const state = await call('library.takeOver', {});
  if (!state.ok || state.value.state !== 'ok') return false;
  boot.value = { phase: 'ready', library: state.value };
  return true;
}

/** Backups whole ones first, newest first, as the restore screen offers them. */
export async function listBackups(known: BackupInfo[]): Promise<BackupInfo[]> {
  const result = await call('library.listBackups', {});
  return backupsForRestore(result.ok ? result.value : known);
}

/** Restores one backup; returns an error message for the screen, or null when the library opened. */
export async function restoreBackup(backupId: string): Promise<string | null> {
  const result = await call('library.restoreBackup', { backupId });
  if (!result.ok) return result.message;
  boot.value = { phase: 'ready', library: result.value };
  if (result.value.state !== 'ok') return result.value.message;
  await loadSettings();
  return null;
}

/** Rebuilds library.json from the article folders; returns an error message for the screen, or null when the library opened. */
export async function rebuildLibrary(): Promise<string | null> {
  const result = await call('library.rebuild', {});
  if (!result.ok) return result.message;
  const state = result.value.state;
  boot.value = { phase: 'ready', library: state };
  if (state.state !== 'ok') return state.message;
  await loadSettings();
  return null;
}
