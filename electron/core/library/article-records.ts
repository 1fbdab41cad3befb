/**
 * library.json: every article's record, with an index by id. Changes are made in memory and written with
 * save() (at once) or saveLater() (once for a burst: adds and downloads arrive by the thousand).
 */
import { DATA_FILES } from './data-files.ts';
import { JsonDocument } from './json-document.ts';
import type { ArticleFiles } from './article-files.ts';
import { articleRecordProblem, readArticleRecord } from './data-file-schemas.ts';
import { withAddedFields } from './migrations.ts';
import type { ArticleRecord, LibraryFile } from './schema.ts';

/**
 * Library.json is checked whole when it is read, so a record it could not read again is refused before it is
 * stored (from an archive or a bug), instead of closing the library at the next start.
 */
function refuseBroken(records: readonly ArticleRecord[]): void {
  for (const record of records) {
    const problem = articleRecordProblem(record);
    if (problem) throw new Error(`An article could not be stored, so nothing was changed: ${problem}.`);
  }
}

export class ArticleRecords {
  readonly #doc: JsonDocument<LibraryFile>;
  readonly #changed: () => void;
  #byId = new Map<string, ArticleRecord>();

  /** changed is told after every change in memory (the list's cached orders depend on the records). */
  constructor(dataDir: string, changed: () => void = () => {}) {
    this.#doc = new JsonDocument<LibraryFile>(dataDir, DATA_FILES.library, { articles: [] });
    this.#changed = changed;
  }

  /** Reads and migrates the file; throws CorruptFileError for a damaged or newer one without writing. */
  async load(): Promise<{ migrated: boolean }> {
    await this.#doc.load();
    const data = this.#doc.data;
    const migrated = this.#doc.migrated;
    this.#byId = new Map(data.articles.map((record) => [record.id, record]));
    this.#changed();
    return { migrated };
  }

  /** Brings back articles whose folder (one of folderIds, listed once per open) was written but whose record never reached library.json (a crash mid-save). */
  async recoverFrom(files: ArticleFiles, folderIds: readonly string[]): Promise<number> {
    const missing = folderIds.filter((id) => !this.#byId.has(id));
    const recovered: ArticleRecord[] = [];
    for (const id of missing) {
      const saved = await files.readSavedRecord(id);
      // Checked as library.json's records are: one written here must not make library.json damaged at the next open.
      const record = readArticleRecord(typeof saved === 'object' && saved !== null ? withAddedFields({ ...(saved as ArticleRecord) }) : null);
      if (record && record.id === id) recovered.push({ ...record, deletedAt: null });
    }
    if (recovered.length > 0) this.add(recovered);
    return recovered.length;
  }

  /** Every stored record, deleted ones waiting for their purge included, in stored order. */
  all(): readonly ArticleRecord[] {
    return this.#doc.data.articles;
  }

  get(id: string): ArticleRecord | undefined {
    return this.#byId.get(id);
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  get size(): number {
    return this.#byId.size;
  }

  /** Appends records with new ids, one write; refused whole when an id is taken. */
  async addNew(records: readonly ArticleRecord[]): Promise<void> {
    const taken = records.find((record) => this.#byId.has(record.id));
    if (taken) throw new Error(`An article with id ${taken.id} already exists.`);
    if (records.length === 0) return;
    this.add(records);
    await this.save();
  }

  /**
   * Changes many records with one write: `change` returns the new record, or the same one to leave it.
   * Answers the ids it changed. Callers check first that every id is one they may change.
   */
  async changeMany(ids: readonly string[], change: (record: ArticleRecord) => ArticleRecord): Promise<string[]> {
    const next = new Map<string, ArticleRecord>();
    for (const id of new Set(ids)) {
      const current = this.#byId.get(id);
      const changed = current && change(current);
      if (changed && changed !== current) next.set(id, changed);
    }
    if (next.size === 0) return [];
    this.replace(next.values());
    await this.save();
    return [...next.keys()];
  }

  /** Appends new records (callers check the ids are free); one that would damage library.json is refused with all of them. */
  add(records: readonly ArticleRecord[]): void {
    refuseBroken(records);
    this.#doc.data.articles.push(...records);
    for (const record of records) this.#byId.set(record.id, record);
    this.#changed();
  }

  /** Puts new versions of stored records in their place. */
  replace(records: Iterable<ArticleRecord>): void {
    const next = new Map<string, ArticleRecord>();
    for (const record of records) if (this.#byId.has(record.id)) next.set(record.id, record);
    if (next.size === 0) return;
    refuseBroken([...next.values()]);
    this.#doc.data.articles = this.#doc.data.articles.map((record) => next.get(record.id) ?? record);
    for (const [id, record] of next) this.#byId.set(id, record);
    this.#changed();
  }

  /** Forgets these records. */
  remove(ids: ReadonlySet<string>): void {
    this.#doc.data.articles = this.#doc.data.articles.filter((record) => !ids.has(record.id));
    for (const id of ids) this.#byId.delete(id);
    this.#changed();
  }

  async save(): Promise<void> {
    await this.#doc.save();
  }

  saveLater(ms: number): void {
    this.#doc.saveLater(ms);
  }

  async flush(): Promise<void> {
    await this.#doc.flush();
  }
}
