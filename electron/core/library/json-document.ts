import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { AtomicJsonFile, CorruptFileError } from './atomic-json-file.ts';

/**
 * One lowdb file with the write discipline the library needs: writes never overlap, bursts of
 * changes coalesce into one write, and hot data (reading progress) can be written on a delay.
 */
export class JsonDocument<T> {
  readonly db: Low<T>;
  #writing: Promise<void> | null = null;
  #dirty = false;
  #timer: NodeJS.Timeout | null = null;

  constructor(path: string, defaults: T, options: { durable?: boolean } = {}) {
    this.db = new Low<T>(new AtomicJsonFile<T>(path, options), defaults);
  }

  get data(): T {
    return this.db.data;
  }

  /** Reads the file; a missing file keeps the defaults, a damaged one throws CorruptFileError. */
  async load(): Promise<void> {
    await this.db.read();
  }

  /**
   * For files that can be rebuilt (reading progress, settings): a damaged one is moved aside to
   * NAME.damaged-STAMP and the defaults are used, so it never keeps the library from opening.
   * Returns the path it was moved to, or null when the file was fine.
   */
  async loadOrSetAside(): Promise<string | null> {
    const defaults = structuredClone(this.db.data);
    try {
      await this.db.read();
      return null;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      const aside = `${error.path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(error.path, aside);
      this.db.data = defaults;
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
