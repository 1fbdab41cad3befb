import { ErrorCode } from '../../shared/errors.ts';
import type { LibraryState, RebuildReport } from '../../shared/models.ts';
import { CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import type { EventName } from '../../shared/events.ts';
import { CorruptFileError } from '../library/atomic-json-file.ts';
import { createBackup, listBackups, newestBackupTime, restoreBackup } from '../library/backups.ts';
import { acquireLibraryLock, lockedMessage } from '../library/library-lock.ts';
import { rebuildLibrary } from '../library/library-rebuild.ts';
import { recoverInterruptedRestore } from '../library/restore-swap.ts';
import { OpenLibrary, type OpenLibraryOptions } from './open-library.ts';

/** How often a running app snapshots the database; a process that wrote takes one on close when the newest is older. */
const BACKUP_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** Events that mean this process changed the library, so its close may owe a backup (the CLI never lives to the timer). */
const WRITE_EVENTS: ReadonlySet<EventName> = new Set(['library.changed', 'progress.changed', 'tags.changed', 'savedSearches.changed', 'pending.changed', 'migration.finished']);

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
  #wrote = false;

  constructor(options: LibrarySessionOptions) {
    this.dataDir = options.dataDir;
    const emit: Emit = (name, payload) => {
      if (WRITE_EVENTS.has(name)) this.#wrote = true;
      options.emit(name, payload);
    };
    this.#options = { ...options, emit };
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

  /** Opens the library; takeOver also takes it from a holder whose lock has stopped its heartbeat (library-lock.ts). */
  async open(options: { takeOver?: boolean } = {}): Promise<LibraryState> {
    const lock = await acquireLibraryLock(this.dataDir, this.#options.owner, options);
    if (!lock.acquired) {
      this.#state = { state: 'locked', dataDir: this.dataDir, message: lockedMessage(lock), mayTakeOver: lock.mayTakeOver };
      return this.#state;
    }
    this.#releaseLock = lock.release;
    // A restore a crash interrupted is finished (or undone) before any file is read, under the lock.
    const opening = async () => {
      const recovered = await recoverInterruptedRestore(this.dataDir);
      if (recovered !== 'none') console.error(`lectern: an interrupted restore was ${recovered === 'finished' ? 'completed' : 'undone'}`);
      return this.#load(lock.afterCrash);
    };
    return opening().catch((error: unknown) => this.#couldNotStart(error));
  }

  /**
   * Opening failed with something that is not damage Lectern knows (a bug, a disk error): still a state,
   * never a stack in the CLI. The lock stays with this session as in the corrupt state, so a restore can
   * run, and close() releases it.
   */
  async #couldNotStart(error: unknown): Promise<LibraryState> {
    console.error('lectern: opening the library failed', error);
    this.#open = null;
    this.#state = {
      state: 'corrupt',
      dataDir: this.dataDir,
      message: `Lectern could not start with this library (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
      backups: await listBackups(this.dataDir).catch(() => []),
    };
    return this.#state;
  }

  /** The reader says the process holding the library is not running: take it over, if its heartbeat agrees. */
  async takeOver(): Promise<LibraryState> {
    if (this.#releaseLock) return this.#state;
    return this.open({ takeOver: true });
  }

  /** afterCrash: the last holder ended without releasing the library, so its leftovers are looked for everywhere. */
  async #load(afterCrash = false): Promise<LibraryState> {
    try {
      this.#open = await OpenLibrary.open({ ...this.#options, afterCrash });
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
    const notice = this.#open.openNotice;
    if (notice) console.error(`lectern: ${notice}`);
    this.#state = { state: 'ok', articleCount: this.#open.library.articleCount, dataDir: this.dataDir, ...(notice ? { message: notice } : {}) };
    this.#scheduleBackups();
    return this.#state;
  }

  #scheduleBackups(): void {
    this.#clearBackupTimers();
    // Off the start-up path: the first snapshot is taken a moment after opening, then every few hours.
    const run = () => this.#backupIfDue(async () => this.#open?.library.flush()).catch((error) => console.error('lectern: backup failed', error));
    this.#backupTimers = [setTimeout(run, 2000), setInterval(run, BACKUP_INTERVAL_MS)];
    for (const timer of this.#backupTimers) timer.unref();
  }

  /** Takes a backup when none is newer than the interval; flush first writes what is pending. */
  async #backupIfDue(flush: () => Promise<unknown>): Promise<void> {
    const newest = await newestBackupTime(this.dataDir);
    if (newest !== null && Date.now() - newest <= BACKUP_INTERVAL_MS) return;
    await flush();
    await createBackup(this.dataDir);
  }

  #clearBackupTimers(): void {
    for (const timer of this.#backupTimers) clearTimeout(timer);
    this.#backupTimers = [];
  }

  /** Replaces a damaged (or unwanted) database with a backup and opens it, with everything built afresh. */
  async restore(backupId: string): Promise<LibraryState> {
    if (!this.#releaseLock) this.require();
    await this.#closeOpen();
    const refusal = await restoreBackup(this.dataDir, backupId);
    // Reopened either way: a backup that is missing or not whole leaves the library as it was, still usable.
    const state = await this.#load();
    if (refusal) throw new CoreError(ErrorCode.backupMissing, `${refusal} Choose another one from the list.`);
    this.#options.emit('library.changed', { ids: [] });
    return state;
  }

  /**
   * Rebuilds library.json from the article folders (library-rebuild.ts) and opens the result; works from the
   * corrupt state too. A dry run only reports what it would recover and changes nothing.
   */
  async rebuild(dryRun: boolean): Promise<{ report: RebuildReport; state: LibraryState }> {
    if (!this.#releaseLock) this.require();
    if (dryRun) return { report: await rebuildLibrary(this.dataDir, { dryRun }), state: this.#state };
    await this.#closeOpen();
    const report = await rebuildLibrary(this.dataDir, { dryRun });
    const state = await this.#load();
    this.#options.emit('library.changed', { ids: [] });
    return { report, state };
  }

  async #closeOpen(): Promise<void> {
    this.#clearBackupTimers();
    const open = this.#open;
    this.#open = null;
    await open?.close();
  }

  async close(): Promise<void> {
    const owesBackup = this.#wrote && this.#open !== null;
    await this.#closeOpen();
    // Still under the lock and with every file written by the close: a library used only from the CLI is backed up too.
    if (owesBackup) await this.#backupIfDue(async () => undefined).catch((error) => console.error('lectern: backup failed', error));
    await this.#releaseLock?.();
    this.#releaseLock = null;
  }
}
