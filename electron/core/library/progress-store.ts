/**
 * progress.json: where the reader is in each article. Kept out of library.json; each save is made durable by
 * one fsync'd line in progress.journal (progress-journal.ts), and progress.json is rewritten from memory on a
 * delay, so scrolling never waits for the big file and an acknowledged position survives a crash.
 */
import type { ReadingAnchor, ReadingProgress } from '../../shared/models.ts';
import { DATA_FILES } from './data-files.ts';
import { JsonDocument } from './json-document.ts';
import { ProgressJournal } from './progress-journal.ts';
import type { ProgressFile } from './schema.ts';

export class ProgressStore {
  readonly #doc: JsonDocument<ProgressFile>;
  readonly #flushMs: number;
  readonly #changed: () => void;
  readonly #journal: ProgressJournal;
  #timer: NodeJS.Timeout | null = null;
  #compacting: Promise<void> | null = null;
  /** The journal held positions at load that progress.json does not have yet. */
  #replayed = false;

  /** changed is told after every change (the list's progress sort depends on it). */
  constructor(dataDir: string, flushMs: number, changed: () => void = () => {}) {
    this.#doc = new JsonDocument<ProgressFile>(dataDir, DATA_FILES.progress, { progress: {} });
    this.#flushMs = flushMs;
    this.#changed = changed;
    this.#journal = new ProgressJournal(dataDir);
  }

  /** Reads the file, then the journal over it (a crash left them unfolded); a damaged file is set aside by the loader (DATA_FILES). */
  async load(): Promise<void> {
    await this.#doc.load();
    this.#doc.db.data.progress ??= {};
    const entries = await this.#journal.replay();
    for (const { id, progress } of entries) this.#doc.data.progress[id] = progress;
    // Folded in at the next compaction or on close, not here: opening writes nothing until every file has loaded
    // (a library found damaged stays untouched, and a restore then replays the journal over the backup's file).
    this.#replayed = entries.length > 0;
  }

  get = (id: string): ReadingProgress | undefined => this.#doc.data.progress[id];

  /** Records a position; resolves once its journal line is on disk (progress.json is rewritten a moment later). */
  async set(id: string, fraction: number, anchor: ReadingAnchor | null): Promise<void> {
    const progress = { fraction, anchor, updatedAt: new Date().toISOString() };
    this.#doc.data.progress[id] = progress;
    this.#changed();
    this.#compactLater();
    await this.#journal.append(id, progress);
  }

  #compactLater(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#compact().catch((error: unknown) => console.error('lectern: progress.json could not be written; the journal keeps the positions', error));
    }, this.#flushMs);
    // The journal already holds every position: a pending rewrite must not keep a finished process alive.
    this.#timer.unref();
  }

  /** Writes progress.json from memory and empties the journal; one at a time. */
  async #compact(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    while (this.#compacting) await this.#compacting.catch(() => undefined);
    this.#replayed = false;
    this.#compacting = this.#journal.compact(() => this.#doc.save()).finally(() => {
      this.#compacting = null;
    });
    await this.#compacting;
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

  /** Writes progress.json now (after forget(): the journal must not bring the forgotten positions back). */
  async persist(): Promise<void> {
    await this.#compact();
  }

  /** Folds everything pending into progress.json. */
  async flush(): Promise<void> {
    if (this.#timer || this.#replayed) await this.#compact();
    while (this.#compacting) await this.#compacting.catch(() => undefined);
  }

  /** Flushes and lets the journal file go. */
  async close(): Promise<void> {
    await this.flush();
    await this.#journal.close();
  }
}
