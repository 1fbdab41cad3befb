import { Low } from 'lowdb';
import { AtomicJsonFile } from './atomic-json-file.ts';

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

  /** Writes now (after any write already running); resolves when the data is on disk. */
  async save(): Promise<void> {
    this.#clearTimer();
    this.#dirty = true;
    while (this.#writing) await this.#writing;
    if (!this.#dirty) return;
    this.#dirty = false;
    this.#writing = this.db.write().finally(() => {
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
      this.save().catch((error) => console.error('lectern: delayed write failed', error));
    }, delayMs);
  }

  /** Writes anything still pending. */
  async flush(): Promise<void> {
    if (this.#timer || this.#dirty) await this.save();
    while (this.#writing) await this.#writing;
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
