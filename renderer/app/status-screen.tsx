/**
 * Full-page states for a library that cannot open: corrupt (offer the newest backup, or an older one),
 * locked (another Lectern has it), or a core that cannot be reached at all. Calm, and always a next step.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BackupInfo, LibraryState } from '../../electron/shared/models.ts';
import { AlertIcon, LockIcon } from '../ui/icons.tsx';
import { listBackups, rebuildLibrary, recheckLibrary, restoreBackup, takeOverLibrary } from './boot-store.ts';
import { formatByteSize } from '../../electron/shared/byte-size.ts';
import { backupsForRestore, formatBackupDate } from './backup-format.ts';
import './status-screen.css';

export function UnreachableScreen({ message }: { message: string }) {
  return (
    <main class="status-page" data-testid="status-unreachable">
      <div class="status-card">
        <AlertIcon class="status-icon" />
        <h1 class="status-title">Lectern could not start</h1>
        <p class="status-text">{message}</p>
        <div class="status-actions">
          <button type="button" class="btn btn-primary" onClick={() => location.reload()}>
            Try again
          </button>
        </div>
      </div>
    </main>
  );
}

export function LockedScreen({ state }: { state: Extract<LibraryState, { state: 'locked' }> }) {
  const [checking, setChecking] = useState(false);
  const [stillLocked, setStillLocked] = useState<string | null>(null);
  const retry = async () => {
    setChecking(true);
    const open = await recheckLibrary();
    setChecking(false);
    if (!open) setStillLocked(new Date().toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }));
  };
  // Offered only when the holder has shown no sign of life for a while (core decides: library-lock.ts).
  const takeOver = async () => {
    setChecking(true);
    const open = await takeOverLibrary();
    setChecking(false);
    if (!open) setStillLocked(new Date().toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }));
  };
  return (
    <main class="status-page" data-testid="status-locked">
      <div class="status-card">
        <LockIcon class="status-icon" />
        <h1 class="status-title">Your library is open elsewhere</h1>
        <p class="status-text">
          Another Lectern window, or the <code>lectern</code> command, is using this library right now. Lectern opens a
          library in one place at a time so that nothing is written twice.
        </p>
        <p class="status-detail">{state.message}</p>
        <p class="status-path">
          <span class="status-path-label">Library</span> <code>{state.dataDir}</code>
        </p>
        <p class="status-text">Close the other one, then try again.</p>
        <div class="status-actions">
          <button type="button" class="btn btn-primary" onClick={retry} disabled={checking}>
            {checking ? 'Checking…' : 'Try again'}
          </button>
          {state.mayTakeOver && (
            <button type="button" class="btn" onClick={takeOver} disabled={checking}>
              Take over
            </button>
          )}
          {stillLocked && (
            <span class="status-backup-date" role="status">
              Still in use at {stillLocked}.
            </span>
          )}
        </div>
      </div>
    </main>
  );
}

export function CorruptScreen({ state }: { state: Extract<LibraryState, { state: 'corrupt' }> }) {
  const [backups, setBackups] = useState<BackupInfo[]>(() => backupsForRestore(state.backups));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void listBackups(state.backups).then(setBackups);
  }, []);

  const restore = async (backup: BackupInfo) => {
    setBusy(backup.id);
    setError(null);
    const message = await restoreBackup(backup.id);
    setBusy(null);
    if (message) setError(message);
  };

  // The way out without a backup (or past a wrong one): library.json written again from every article's meta.json.
  const rebuild = async () => {
    setBusy('rebuild');
    setError(null);
    const message = await rebuildLibrary();
    setBusy(null);
    if (message) setError(message);
  };
  // Offered for a damaged library.json, not for one a newer Lectern wrote (that one only needs an update).
  const libraryDamaged = state.message.includes('library.json') && !state.message.includes('newer Lectern');

  const [newest, ...older] = backups.filter((backup) => backup.usable);
  const torn = backups.filter((backup) => !backup.usable);
  return (
    <main class="status-page" data-testid="status-corrupt">
      <div class="status-card status-card-wide">
        <AlertIcon class="status-icon" />
        <h1 class="status-title">Lectern could not read your library</h1>
        <p class="status-text">
          The library’s database file is damaged, so Lectern stopped before changing anything. Your saved articles’ files
          are still on disk.
        </p>
        <p class="status-detail">{state.message}</p>
        <p class="status-path">
          <span class="status-path-label">Library</span> <code>{state.dataDir}</code>
        </p>
        {newest ? (
          <>
            <p class="status-text">
              Restoring puts back the database as it was at the backup. The damaged file is kept beside it, not deleted.
            </p>
            <div class="status-actions">
              <button type="button" class="btn btn-primary" onClick={() => restore(newest)} disabled={busy !== null} data-testid="restore-newest">
                {busy === newest.id ? 'Restoring…' : 'Restore newest backup'}
              </button>
              <span class="status-backup-date">from {formatBackupDate(newest.createdAt)}</span>
            </div>
            {older.length > 0 && (
              <details class="status-older">
                <summary>Older backups ({older.length})</summary>
                <ul class="backup-list">
                  {older.map((backup) => (
                    <li key={backup.id} class="backup-item">
                      <span class="backup-date">{formatBackupDate(backup.createdAt)}</span>
                      <span class="backup-facts">
                        {backup.articleCount !== null ? `${backup.articleCount} articles · ` : ''}
                        {formatByteSize(backup.sizeBytes)}
                      </span>
                      <button type="button" class="btn" onClick={() => restore(backup)} disabled={busy !== null}>
                        {busy === backup.id ? 'Restoring…' : 'Restore'}
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        ) : (
          <p class="status-text">There is no backup to restore.</p>
        )}
        {libraryDamaged && (
          <>
            <p class="status-text">
              Every article keeps its own record beside its text, so the library can be rebuilt from the article folders, with
              notes, highlights and reading progress where their files are intact. The damaged file is kept aside, not deleted.
            </p>
            <div class="status-actions">
              <button type="button" class={newest ? 'btn' : 'btn btn-primary'} onClick={rebuild} disabled={busy !== null} data-testid="rebuild-library">
                {busy === 'rebuild' ? 'Rebuilding…' : 'Rebuild the library from the article folders'}
              </button>
            </div>
          </>
        )}
        {torn.length > 0 && (
          <details class="status-older" data-testid="torn-backups">
            <summary>Damaged backups ({torn.length}), not offered</summary>
            <ul class="backup-list">
              {torn.map((backup) => (
                <li key={backup.id} class="backup-item">
                  <span class="backup-date">{formatBackupDate(backup.createdAt)}</span>
                  <span class="backup-facts">{backup.problem}</span>
                </li>
              ))}
            </ul>
          </details>
        )}
        {error && (
          <p class="status-error" role="alert">
            That did not work: {error}
          </p>
        )}
      </div>
    </main>
  );
}
