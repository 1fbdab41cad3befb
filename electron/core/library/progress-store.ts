/**
 * progress.json: where the reader is in each article. Kept out of library.json and written on a delay, so
 * scrolling never waits for the big file.
 */
import type { ReadingAnchor, ReadingProgress } from '../../shared/models.ts';
import { DATA_FILES } from './data-files.ts';
import { JsonDocument } from './json-document.ts';
import type { ProgressFile } from './schema.ts';

export class ProgressStore {
  readonly #doc: JsonDocument<ProgressFile>;
  readonly #flushMs: number;
  readonly #changed: () => void;

  /** changed is told after every change (the list's progress sort depends on it). */
  constructor(dataDir: string, flushMs: number, changed: () => void = () => {}) {
    this.#doc = new JsonDocument<ProgressFile>(dataDir, DATA_FILES.progress, { progress: {} });
    this.#flushMs = flushMs;
    this.#changed = changed;
  }

  /** Reads the file; a damaged one is set aside by the loader (DATA_FILES). */
  async load(): Promise<void> {
    await this.#doc.load();
    this.#doc.db.data.progress ??= {};
  }

  get = (id: string): ReadingProgress | undefined => this.#doc.data.progress[id];

  /** Records a position; the file is written a moment later. */
  set(id: string, fraction: number, anchor: ReadingAnchor | null): void {
    this.#doc.data.progress[id] = { fraction, anchor, updatedAt: new Date().toISOString() };
    this.#doc.saveLater(this.#flushMs);
    this.#changed();
  }

  /**
   * Positions from elsewhere (an import's fractions, an archive's full records), one write, only where the
   * library has none: what the reader did here wins. Answers the ids that changed.
   */
  async addMissing(progress: ReadonlyMap<string, ReadingProgress>, exists: (id: string) => boolean): Promise<string[]> {
    const changed: string[] = [];
    for (const [id, value] of progress) {
      if (!exists(id) || this.#doc.data.progress[id]) continue;
      this.#doc.data.progress[id] = { ...value };
      changed.push(id);
    }
    if (changed.length === 0) return changed;
    this.#changed();
    await this.#doc.save();
    return changed;
  }

  /** Forgets the positions of articles removed for good (written by persist()). */
  forget(ids: Iterable<string>): void {
    for (const id of ids) delete this.#doc.data.progress[id];
    this.#changed();
  }

  async persist(): Promise<void> {
    await this.#doc.save();
  }

  async flush(): Promise<void> {
    await this.#doc.flush();
  }
}
