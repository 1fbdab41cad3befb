import { ErrorCode } from '../../shared/errors.ts';
import type { LibraryState } from '../../shared/models.ts';
import { CoreError } from '../core-error.ts';
import { HighlightStore } from '../annotations/highlight-store.ts';
import { CorruptFileError } from '../library/atomic-json-file.ts';
import { createBackup, listBackups, newestBackupTime, restoreBackup } from '../library/backups.ts';
import { acquireLibraryLock } from '../library/library-lock.ts';
import { Library } from '../library/library.ts';

/** How often a running app snapshots the database. */
const BACKUP_INTERVAL_MS = 6 * 60 * 60 * 1000;

/**
 * Owns the open library and its state: ok, corrupt (never written to, a backup can be restored),
 * or locked by another process. Everything else asks it for the library and gets a clear error otherwise.
 */
export class LibrarySession {
  readonly dataDir: string;
  readonly #owner: string;
  readonly #progressFlushMs: number | undefined;
  #library: Library | null = null;
  #state: LibraryState;
  #releaseLock: (() => Promise<void>) | null = null;
  #backupTimers: NodeJS.Timeout[] = [];

  constructor(dataDir: string, owner: string, progressFlushMs?: number) {
    this.dataDir = dataDir;
    this.#owner = owner;
    this.#progressFlushMs = progressFlushMs;
    this.#state = { state: 'locked', message: 'The library is not open yet.', dataDir };
  }

  get state(): LibraryState {
    return this.#state;
  }

  /** The open library, or null while it is corrupt or locked (the protocol answers 503 then). */
  get current(): Library | null {
    return this.#library;
  }

  /** The library for a method that needs it; explains why when it is not available. */
  require(): Library {
    if (this.#library) return this.#library;
    const state = this.#state;
    if (state.state === 'corrupt') {
      throw new CoreError(ErrorCode.databaseCorrupt, `${state.message} Restore a backup to continue; nothing has been overwritten.`);
    }
    throw new CoreError(ErrorCode.libraryLocked, state.state === 'locked' ? state.message : 'The library is not open.');
  }

  #opening: Promise<LibraryState> | null = null;

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
    const lock = await acquireLibraryLock(this.dataDir, this.#owner);
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
    const library = new Library(this.dataDir, { progressFlushMs: this.#progressFlushMs });
    try {
      const { migrated, recovered } = await library.open();
      // Highlights live in their own file, opened later by their service; check it now so damage is
      // reported here, with the restore offer, instead of failing every highlight call.
      await new HighlightStore(this.dataDir).load();
      if (migrated) await createBackup(this.dataDir);
      if (migrated || recovered > 0) await library.saveMigrated();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      this.#library = null;
      this.#state = {
        state: 'corrupt',
        dataDir: this.dataDir,
        message: `Lectern could not read your library: ${error.message}`,
        backups: await listBackups(this.dataDir),
      };
      return this.#state;
    }
    this.#library = library;
    this.#state = { state: 'ok', articleCount: library.articleCount, dataDir: this.dataDir };
    this.#scheduleBackups();
    return this.#state;
  }

  #scheduleBackups(): void {
    for (const timer of this.#backupTimers) clearTimeout(timer);
    // Off the start-up path: the first snapshot is taken a moment after opening, then every few hours.
    const backupIfDue = async () => {
      const newest = await newestBackupTime(this.dataDir);
      if (newest === null || Date.now() - newest > BACKUP_INTERVAL_MS) await this.#library?.flush().then(() => createBackup(this.dataDir));
    };
    const run = () => backupIfDue().catch((error) => console.error('lectern: backup failed', error));
    this.#backupTimers = [setTimeout(run, 2000), setInterval(run, BACKUP_INTERVAL_MS)];
    for (const timer of this.#backupTimers) timer.unref();
  }

  /** Replaces a damaged (or unwanted) database with a backup and reopens it. */
  async restore(backupId: string): Promise<LibraryState> {
    if (!this.#releaseLock) this.require();
    await this.#library?.flush();
    this.#library = null;
    if (!(await restoreBackup(this.dataDir, backupId))) {
      throw new CoreError(ErrorCode.backupMissing, `There is no usable backup called ${backupId}. Choose one from the list.`);
    }
    return this.#load();
  }

  async close(): Promise<void> {
    for (const timer of this.#backupTimers) clearTimeout(timer);
    this.#backupTimers = [];
    const library = this.#library;
    this.#library = null;
    await library?.close();
    await this.#releaseLock?.();
    this.#releaseLock = null;
  }
}
