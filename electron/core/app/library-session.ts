import { ErrorCode } from '../../shared/errors.ts';
import type { LibraryState } from '../../shared/models.ts';
import { CoreError } from '../core-error.ts';
import { CorruptFileError } from '../library/atomic-json-file.ts';
import { createBackup, listBackups, newestBackupTime, restoreBackup } from '../library/backups.ts';
import { acquireLibraryLock } from '../library/library-lock.ts';
import { OpenLibrary, type OpenLibraryOptions } from './open-library.ts';

/** How often a running app snapshots the database. */
const BACKUP_INTERVAL_MS = 6 * 60 * 60 * 1000;

interface LibrarySessionOptions extends OpenLibraryOptions {
  /** Who opens the library, shown to a second process that finds it locked. */
  owner: string;
}

/**
 * Owns the open library and its state: ok, corrupt (never written to, a backup can be restored),
 * or locked by another process. Everything else asks it for the open library and gets a clear error otherwise.
 */
export class LibrarySession {
  readonly dataDir: string;
  readonly #options: LibrarySessionOptions;
  #open: OpenLibrary | null = null;
  #state: LibraryState;
  #releaseLock: (() => Promise<void>) | null = null;
  #backupTimers: NodeJS.Timeout[] = [];
  #opening: Promise<LibraryState> | null = null;

  constructor(options: LibrarySessionOptions) {
    this.dataDir = options.dataDir;
    this.#options = options;
    this.#state = { state: 'locked', message: 'The library is not open yet.', dataDir: options.dataDir };
  }

  get state(): LibraryState {
    return this.#state;
  }

  /** The open library, or null while it is corrupt or locked (the protocol answers 503 then). */
  get current(): OpenLibrary | null {
    return this.#open;
  }

  /** The open library for a method that needs it; explains why when it is not available. */
  require(): OpenLibrary {
    if (this.#open) return this.#open;
    const state = this.#state;
    if (state.state === 'corrupt') {
      throw new CoreError(ErrorCode.databaseCorrupt, `${state.message} Restore a backup to continue; nothing has been overwritten.`);
    }
    throw new CoreError(ErrorCode.libraryLocked, state.state === 'locked' ? state.message : 'The library is not open.');
  }

  /** The current state; a library locked by another process is tried again, so "Try again" can succeed. */
  async currentState(): Promise<LibraryState> {
    if (this.#state.state !== 'locked' || this.#releaseLock) return this.#state;
    // Several status calls at once share one attempt, so this process never opens the library twice.
    this.#opening ??= this.open().finally(() => {
      this.#opening = null;
    });
    return this.#opening;
  }

  async open(): Promise<LibraryState> {
    const lock = await acquireLibraryLock(this.dataDir, this.#options.owner);
    if (!lock.acquired) {
      const { holder } = lock;
      this.#state = {
        state: 'locked',
        dataDir: this.dataDir,
        message: `This library is open in ${holder.owner} (process ${holder.pid}). Close it there first, or use another library with --data-dir.`,
      };
      return this.#state;
    }
    this.#releaseLock = lock.release;
    return this.#load();
  }

  async #load(): Promise<LibraryState> {
    try {
      this.#open = await OpenLibrary.open(this.#options);
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      this.#open = null;
      this.#state = {
        state: 'corrupt',
        dataDir: this.dataDir,
        message: `Lectern could not read your library: ${error.message}`,
        backups: await listBackups(this.dataDir),
      };
      return this.#state;
    }
    this.#state = { state: 'ok', articleCount: this.#open.library.articleCount, dataDir: this.dataDir };
    this.#scheduleBackups();
    return this.#state;
  }

  #scheduleBackups(): void {
    this.#clearBackupTimers();
    // Off the start-up path: the first snapshot is taken a moment after opening, then every few hours.
    const backupIfDue = async () => {
      const newest = await newestBackupTime(this.dataDir);
      if (newest === null || Date.now() - newest > BACKUP_INTERVAL_MS) await this.#open?.library.flush().then(() => createBackup(this.dataDir));
    };
    const run = () => backupIfDue().catch((error) => console.error('lectern: backup failed', error));
    this.#backupTimers = [setTimeout(run, 2000), setInterval(run, BACKUP_INTERVAL_MS)];
    for (const timer of this.#backupTimers) timer.unref();
  }

  #clearBackupTimers(): void {
    for (const timer of this.#backupTimers) clearTimeout(timer);
    this.#backupTimers = [];
  }

  /** Replaces a damaged (or unwanted) database with a backup and opens it, with everything built afresh. */
  async restore(backupId: string): Promise<LibraryState> {
    if (!this.#releaseLock) this.require();
    await this.#closeOpen();
    const restored = await restoreBackup(this.dataDir, backupId);
    // Reopened either way: a backup that is not there leaves the library as it was, still usable.
    const state = await this.#load();
    if (!restored) throw new CoreError(ErrorCode.backupMissing, `There is no usable backup called ${backupId}. Choose one from the list.`);
    this.#options.emit('library.changed', { ids: [] });
    return state;
  }

  async #closeOpen(): Promise<void> {
    this.#clearBackupTimers();
    const open = this.#open;
    this.#open = null;
    await open?.close();
  }

  async close(): Promise<void> {
    await this.#closeOpen();
    await this.#releaseLock?.();
    this.#releaseLock = null;
  }
}
