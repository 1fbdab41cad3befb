import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { AtomicJsonFile, CorruptFileError, NewerFileError } from './atomic-json-file.ts';
import { parseDataFile } from './data-file-schemas.ts';
import { dataFilePath, type DataFile } from './data-files.ts';

/**
 * One lowdb file with the write discipline the library needs: writes never overlap, bursts of
 * changes coalesce into one write, and hot data (reading progress) can be written on a delay.
 * How it is read and written (fsync, what happens to a damaged copy, the newest schema it may
 * read) comes from its row in DATA_FILES.
 */
export class JsonDocument<T> {
  readonly db: Low<T>;
  readonly #file: DataFile;
  readonly #path: string;
  readonly #check: ((data: T) => string | null) | undefined;
  #writing: Promise<void> | null = null;
  #dirty = false;
  #migrated = false;
  #timer: NodeJS.Timeout | null = null;

  /**
   * defaults is what a missing file holds, stamped with the file's schema version; check names what is
   * wrong with parsed data that is not the file's shape, or returns null.
   */
  constructor(dataDir: string, file: DataFile, defaults: Omit<T, 'schemaVersion'>, check?: (data: T) => string | null) {
    this.#file = file;
    this.#path = dataFilePath(dataDir, file);
    this.#check = check;
    this.db = new Low<T>(new AtomicJsonFile<T>(this.#path, file), { ...defaults, schemaVersion: file.schemaVersion } as T);
  }

  /** True when the last load brought the file up from an older schema (it is written back by the caller). */
  get migrated(): boolean {
    return this.#migrated;
  }

  get data(): T {
    return this.db.data;
  }

  /**
   * Reads the file; a missing one keeps the defaults. A damaged one throws CorruptFileError, unless
   * the file may start afresh: then it is moved to NAME.damaged-STAMP, the defaults are used, and
   * the new path is returned (null when the file was fine). A file from a newer Lectern is refused
   * either way: it is not damaged, and moving it aside would lose it for that newer Lectern.
   */
  async load(): Promise<string | null> {
    const defaults = structuredClone(this.db.data);
    try {
      const raw = await this.db.adapter.read();
      if (raw === null) return null; // missing: the defaults, which are ours
      // The whole file is checked against its schema (after its migrations): valid, or damaged; never half-read.
      const { data, migrated } = parseDataFile(this.#file, raw, this.#path);
      this.db.data = data as T;
      this.#migrated = migrated;
      const problem = this.#check?.(this.db.data) ?? null;
      if (problem !== null) throw new CorruptFileError(this.#path, problem);
      return null;
    } catch (error) {
      if (!(error instanceof CorruptFileError) || error instanceof NewerFileError || !this.#file.startAfresh) throw error;
      const aside = `${this.#path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(this.#path, aside);
      this.db.data = defaults;
      console.error(`lectern: ${this.#file.name} was damaged and is kept as ${aside}; starting it afresh`);
      return aside;
    }
  }

  /** Writes now (after any write already running); resolves when the data is on disk. */
  async save(): Promise<void> {
    this.#clearTimer();
    this.#dirty = true;
    while (this.#writing) await this.#writing.catch(() => undefined);
    if (!this.#dirty) return;
    this.#dirty = false;
    this.#writing = this.db.write()
      .catch((error: unknown) => {
        // Still unwritten: the next save or flush tries again instead of believing it is on disk.
        this.#dirty = true;
        throw error;
      })
      .finally(() => {
        this.#writing = null;
      });
    await this.#writing;
  }

  /** Marks the data changed and writes it after delayMs, folding further changes into the same write. */
  saveLater(delayMs: number): void {
    this.#dirty = true;
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.save().catch((error) => {
        console.error('lectern: delayed write failed; trying again', error);
        this.saveLater(Math.max(delayMs, 2000));
        // A retry alone must not keep a closing process alive; flush() on close writes it anyway.
        this.#timer?.unref();
      });
    }, delayMs);
  }

  /** Writes anything still pending. */
  async flush(): Promise<void> {
    if (this.#timer || this.#dirty) await this.save();
    while (this.#writing) await this.#writing.catch(() => undefined);
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
