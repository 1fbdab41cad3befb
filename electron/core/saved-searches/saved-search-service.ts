// saved-searches.json: named queries shown in the sidebar, in the user's order. Each count is asked of the
// library list when listed, so it is the number of articles the query matches now, never a stale copy.
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../shared/errors.ts';
import type { SavedSearch } from '../../shared/models.ts';
import { foldForSearch } from '../../shared/search-text.ts';
import { CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import { DATA_FILES } from '../library/data-files.ts';
import { JsonDocument } from '../library/json-document.ts';

type SavedSearchRecord = Omit<SavedSearch, 'count'>;

interface SavedSearchesFile {
  schemaVersion: number;
  searches: SavedSearchRecord[];
}

interface SavedSearchOptions {
  /** How many articles a query matches now (the library list's total, with the full query language). */
  count: (query: string) => number | Promise<number>;
  emit: Emit<'savedSearches.changed'>;
}

function isRecord(value: unknown): value is SavedSearchRecord {
  const record = value as Record<string, unknown> | null;
  return typeof record === 'object' && record !== null && ['id', 'name', 'query', 'createdAt'].every((key) => typeof record[key] === 'string');
}

function searchNotFound(id: string): CoreError {
  return new CoreError(ErrorCode.notFound, `No saved search with id ${id}. It may have been deleted.`);
}

/** The saved searches of one library; every change is written before it resolves. */
export class SavedSearchService {
  readonly #doc: JsonDocument<SavedSearchesFile>;
  readonly #count: SavedSearchOptions['count'];
  readonly #emit: SavedSearchOptions['emit'];

  constructor(dataDir: string, options: SavedSearchOptions) {
    this.#doc = new JsonDocument<SavedSearchesFile>(dataDir, DATA_FILES.savedSearches, { searches: [] }, (data) =>
      Array.isArray(data.searches) ? null : 'its list of saved searches is missing',
    );
    this.#count = options.count;
    this.#emit = options.emit;
  }

  /** Reads the file (missing or damaged: none); an entry this Lectern cannot read is left out. */
  async load(): Promise<void> {
    await this.#doc.load();
    this.#doc.data.searches = this.#doc.data.searches.filter(isRecord);
  }

  get #searches(): SavedSearchRecord[] {
    return this.#doc.data.searches;
  }

  async #withCount(record: SavedSearchRecord): Promise<SavedSearch> {
    return { ...record, count: await this.#count(record.query) };
  }

  async list(): Promise<SavedSearch[]> {
    return Promise.all(this.#searches.map((record) => this.#withCount(record)));
  }

  /** Saves a query under a name no other saved search has (case and accents aside); it goes last. */
  async save(name: string, query: string): Promise<SavedSearch> {
    const record: SavedSearchRecord = { id: randomUUID(), name: this.#freeName(name), query: this.#checkedQuery(query), createdAt: new Date().toISOString() };
    this.#searches.push(record);
    await this.#changed();
    return this.#withCount(record);
  }

  async update(id: string, patch: { name?: string; query?: string }): Promise<SavedSearch> {
    const index = this.#searches.findIndex((record) => record.id === id);
    const current = this.#searches[index];
    if (current === undefined) throw searchNotFound(id);
    const next = {
      ...current,
      ...(patch.name !== undefined && { name: this.#freeName(patch.name, id) }),
      ...(patch.query !== undefined && { query: this.#checkedQuery(patch.query) }),
    };
    if (next.name !== current.name || next.query !== current.query) {
      this.#searches[index] = next;
      await this.#changed();
    }
    return this.#withCount(next);
  }

  /** Puts the saved searches in the order given, which must name each of them once. */
  async reorder(ids: readonly string[]): Promise<SavedSearch[]> {
    const byId = new Map(this.#searches.map((record) => [record.id, record]));
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length > 0) throw searchNotFound(unknown[0] as string);
    if (new Set(ids).size !== ids.length || ids.length !== byId.size) {
      throw new CoreError(ErrorCode.invalidInput, `The new order must name each of the ${byId.size} saved searches once; it named ${ids.length} (${new Set(ids).size} different).`);
    }
    this.#doc.data.searches = ids.map((id) => byId.get(id) as SavedSearchRecord);
    await this.#changed();
    return this.list();
  }

  async delete(id: string): Promise<{ id: string }> {
    const kept = this.#searches.filter((record) => record.id !== id);
    if (kept.length === this.#searches.length) throw searchNotFound(id);
    this.#doc.data.searches = kept;
    await this.#changed();
    return { id };
  }

  /**
   * Saved searches from Lectern's archive, added last in one write when no saved search here has the same
   * name (case and accents aside); each keeps its id unless that id is taken. Returns how many were added.
   */
  async addMissingByName(records: readonly SavedSearchRecord[]): Promise<number> {
    const names = new Set(this.#searches.map((record) => foldForSearch(record.name)));
    const ids = new Set(this.#searches.map((record) => record.id));
    let added = 0;
    for (const record of records) {
      const name = foldForSearch(record.name);
      if (names.has(name) || record.query.trim() === '') continue;
      this.#searches.push({ ...record, id: ids.has(record.id) ? randomUUID() : record.id });
      names.add(name);
      ids.add(record.id);
      added++;
    }
    if (added > 0) await this.#changed();
    return added;
  }

  /** The name, trimmed, unless another saved search (not `ownId`) already has it. */
  #freeName(name: string, ownId?: string): string {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    const taken = this.#searches.find((record) => record.id !== ownId && foldForSearch(record.name) === foldForSearch(trimmed));
    if (taken) throw new CoreError(ErrorCode.invalidInput, `A saved search is already called “${taken.name}”; choose another name.`);
    return trimmed;
  }

  #checkedQuery(query: string): string {
    const trimmed = query.trim();
    if (trimmed === '') throw new CoreError(ErrorCode.invalidInput, 'A saved search needs a query; type one in the search box first.');
    return trimmed;
  }

  async #changed(): Promise<void> {
    await this.#doc.save();
    this.#emit('savedSearches.changed', {});
  }

  async flush(): Promise<void> {
    await this.#doc.flush();
  }
}
