// highlights.json: every highlight, grouped by article. Its own file (not annotations.json) so a
// burst of highlighting rewrites only highlights, and backups snapshot it beside the others.
import type { Highlight } from '../../shared/models.ts';
import { DATA_FILES } from '../library/data-files.ts';
import { JsonDocument } from '../library/json-document.ts';

/** A stored highlight; deletedAt is set while its delete can still be undone. */
export interface HighlightRecord extends Highlight {
  deletedAt: string | null;
}

interface HighlightsFile {
  schemaVersion: number;
  /** Article id → that article's highlights, in no particular order. */
  highlights: Record<string, HighlightRecord[]>;
}

/** The highlights of a library, with an index by highlight id. Every change is written before it resolves. */
export class HighlightStore {
  readonly #doc: JsonDocument<HighlightsFile>;
  #byId = new Map<string, HighlightRecord>();

  constructor(dataDir: string) {
    this.#doc = new JsonDocument<HighlightsFile>(dataDir, DATA_FILES.highlights, { highlights: {} });
  }

  /** Reads the file (missing → empty); throws CorruptFileError for a damaged or newer one without writing. */
  async load(): Promise<void> {
    await this.#doc.load();
    this.#doc.data.highlights ??= {};
    this.#byId = new Map();
    for (const list of Object.values(this.#doc.data.highlights)) for (const record of list) this.#byId.set(record.id, record);
  }

  /** Article ids that have stored highlights (deleted ones included). */
  articleIds(): string[] {
    return Object.keys(this.#doc.data.highlights);
  }

  /** Live (not deleted) highlights of one article. */
  forArticle(articleId: string): HighlightRecord[] {
    return (this.#doc.data.highlights[articleId] ?? []).filter((record) => record.deletedAt === null);
  }

  /** Every live highlight in the library. */
  all(): HighlightRecord[] {
    const result: HighlightRecord[] = [];
    for (const list of Object.values(this.#doc.data.highlights)) for (const record of list) if (record.deletedAt === null) result.push(record);
    return result;
  }

  /** Every stored highlight, deleted ones included (renaming a tag renames it on those too, for their undo). */
  records(): HighlightRecord[] {
    return [...this.#byId.values()];
  }

  /** A highlight by id, deleted ones included (undo needs them). */
  get(id: string): HighlightRecord | undefined {
    return this.#byId.get(id);
  }

  async add(record: HighlightRecord): Promise<void> {
    (this.#doc.data.highlights[record.articleId] ??= []).push(record);
    this.#byId.set(record.id, record);
    await this.#doc.save();
  }

  /** Adds many highlights with one write (an import brings thousands). */
  async addMany(records: readonly HighlightRecord[]): Promise<void> {
    if (records.length === 0) return;
    for (const record of records) {
      (this.#doc.data.highlights[record.articleId] ??= []).push(record);
      this.#byId.set(record.id, record);
    }
    await this.#doc.save();
  }

  /** Removes these highlights for good, with one write (undoing an import). */
  async removeMany(ids: readonly string[]): Promise<void> {
    const doomed = new Set(ids.filter((id) => this.#byId.has(id)));
    if (doomed.size === 0) return;
    for (const [articleId, list] of Object.entries(this.#doc.data.highlights)) {
      const keep = list.filter((record) => !doomed.has(record.id));
      if (keep.length === list.length) continue;
      if (keep.length === 0) delete this.#doc.data.highlights[articleId];
      else this.#doc.data.highlights[articleId] = keep;
    }
    for (const id of doomed) this.#byId.delete(id);
    await this.#doc.save();
  }

  /** Replaces a record by id with `change(record)`; the new record is returned once written. */
  async replace(id: string, change: (record: HighlightRecord) => HighlightRecord): Promise<HighlightRecord | undefined> {
    const current = this.#byId.get(id);
    if (current === undefined) return undefined;
    const next = change(current);
    this.#swap(current, next);
    await this.#doc.save();
    return next;
  }

  /** Applies many replacements with one write (re-anchoring moves many highlights at once). */
  async replaceMany(changes: ReadonlyMap<string, (record: HighlightRecord) => HighlightRecord>): Promise<void> {
    if (changes.size === 0) return;
    for (const [id, change] of changes) {
      const current = this.#byId.get(id);
      if (current !== undefined) this.#swap(current, change(current));
    }
    await this.#doc.save();
  }

  #swap(current: HighlightRecord, next: HighlightRecord): void {
    const list = this.#doc.data.highlights[current.articleId] ?? [];
    list[list.indexOf(current)] = next;
    this.#byId.set(next.id, next);
  }

  /**
   * Removes for good highlights deleted before `cutoff` and every highlight of an article that is
   * no longer in the library. Returns the ids of the articles whose highlights changed.
   */
  async purge(cutoff: number, articleExists: (articleId: string) => boolean): Promise<string[]> {
    const touched: string[] = [];
    for (const [articleId, list] of Object.entries(this.#doc.data.highlights)) {
      const keep = articleExists(articleId) ? list.filter((r) => r.deletedAt === null || Date.parse(r.deletedAt) > cutoff) : [];
      if (keep.length === list.length) continue;
      touched.push(articleId);
      for (const record of list) if (!keep.includes(record)) this.#byId.delete(record.id);
      if (keep.length === 0) delete this.#doc.data.highlights[articleId];
      else this.#doc.data.highlights[articleId] = keep;
    }
    if (touched.length > 0) await this.#doc.save();
    return touched;
  }

  async flush(): Promise<void> {
    await this.#doc.flush();
  }
}
