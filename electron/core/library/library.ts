import { mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Article, ArticlePage, ArticleSource, ArticleSummary, BulkChange, ReadingAnchor, ReadingProgress, Settings } from '../../shared/models.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { defaultSettings } from '../../shared/default-settings.ts';
import { isAtEnd } from '../../shared/reading-state.ts';
import { CoreError, missingArticles, notFound } from '../core-error.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { Emit } from '../event-bus.ts';
import { ArticleFiles } from './article-files.ts';
import { ArticleQuery, type QueryOptions } from './article-query.ts';
import { DATA_FILES, dataFilePath } from './data-files.ts';
import { JsonDocument } from './json-document.ts';
import { migrateLibrary, withAddedFields } from './migrations.ts';
import { patchArticle, type ArticlePatch } from './article-patch.ts';
import { completedRecord, DOWNLOAD_FLUSH_MS, withDownload } from './download-completion.ts';
import type { ArticleDownload } from '../../shared/models-migration.ts';
import {
  newArticleRecord,
  type AnnotationsFile,
  type ArticleRecord,
  type LibraryFile,
  type ProgressFile,
  type SettingsFile,
} from './schema.ts';

/** How long library.json waits after a new article, so a batch import rewrites it once. */
const ADD_FLUSH_MS = 400;

/**
 * The library on disk: metadata in library.json, notes in annotations.json, reading progress in
 * progress.json (written on a delay, so scrolling never waits for the big file), settings in settings.json,
 * bodies in articles/<id>/.
 */
export class Library {
  readonly dataDir: string;
  readonly files: ArticleFiles;
  readonly #library: JsonDocument<LibraryFile>;
  readonly #annotations: JsonDocument<AnnotationsFile>;
  readonly #progress: JsonDocument<ProgressFile>;
  readonly #settings: JsonDocument<SettingsFile>;
  readonly #query = new ArticleQuery();
  readonly #progressFlushMs: number;
  readonly #emit: Emit<'library.changed' | 'progress.changed'>;
  #byId = new Map<string, ArticleRecord>();

  /** emit tells front ends about every change to the articles, whoever made it. */
  constructor(dataDir: string, options: { progressFlushMs?: number; emit?: Emit<'library.changed' | 'progress.changed'> } = {}) {
    this.dataDir = dataDir;
    this.files = new ArticleFiles(dataDir);
    this.#progressFlushMs = options.progressFlushMs ?? 1000;
    this.#emit = options.emit ?? (() => {});
    const { library, annotations, progress, settings } = DATA_FILES;
    this.#library = new JsonDocument<LibraryFile>(dataDir, library, { articles: [] });
    this.#annotations = new JsonDocument<AnnotationsFile>(dataDir, annotations, { notes: {} });
    this.#progress = new JsonDocument<ProgressFile>(dataDir, progress, { progress: {} });
    this.#settings = new JsonDocument<SettingsFile>(dataDir, settings, defaultSettings);
  }

  /**
   * Reads every file; throws CorruptFileError for a damaged one (or one from a newer Lectern) without
   * writing anything. Files that may start afresh (DATA_FILES) are set aside instead.
   */
  async open(): Promise<{ migrated: boolean; recovered: number }> {
    await mkdir(this.files.root, { recursive: true });
    await this.#library.load();
    const { data, migrated } = migrateLibrary(this.#library.data, dataFilePath(this.dataDir, DATA_FILES.library));
    this.#library.db.data = data;
    await this.#annotations.load();
    await Promise.all([this.#progress.load(), this.#settings.load()]);
    this.#annotations.db.data.notes ??= {};
    this.#progress.db.data.progress ??= {};
    this.#reindex();
    const recovered = await this.#recoverSavedArticles();
    return { migrated, recovered };
  }

  /** Brings back articles whose folder was written but whose record never reached library.json (a crash mid-save). */
  async #recoverSavedArticles(): Promise<number> {
    const missing = (await this.files.folderIds()).filter((id) => !this.#byId.has(id));
    let recovered = 0;
    for (const id of missing) {
      const record = (await this.files.readSavedRecord(id)) as ArticleRecord | null;
      if (!record || record.id !== id || typeof record.title !== 'string') continue;
      this.#library.data.articles.push(withAddedFields({ ...record, deletedAt: null }));
      recovered++;
    }
    if (recovered > 0) this.#reindex();
    return recovered;
  }

  /** Writes library.json after open() changed it (a migration or recovered articles). */
  async saveMigrated(): Promise<void> {
    await this.#library.save();
  }

  #reindex(): void {
    this.#byId = new Map(this.#library.data.articles.map((record) => [record.id, record]));
    this.#query.invalidate();
  }

  get articleCount(): number {
    return this.#byId.size;
  }

  /** All stored records, including ones waiting to be purged. */
  records(): readonly ArticleRecord[] {
    return this.#library.data.articles;
  }

  #record(id: string): ArticleRecord {
    const record = this.#byId.get(id);
    if (!record || record.deletedAt) throw notFound(id);
    return record;
  }

  #progressOf = (id: string): ReadingProgress | undefined => this.#progress.data.progress[id];

  summary(record: ArticleRecord): ArticleSummary {
    const { canonicalUrl: _canonical, deletedAt: _deleted, ...rest } = record;
    const note = this.#annotations.data.notes[record.id];
    return { ...rest, progress: this.#progressOf(record.id) ?? null, hasNote: Boolean(note?.text.trim()) };
  }

  /** Every live record the filter, query and keep test let through, in the sort's order (search pages them itself). */
  select(options: QueryOptions): ArticleRecord[] {
    return this.#query.run(this.#library.data.articles, options, this.#progressOf);
  }

  list(options: QueryOptions & { offset: number; limit: number }): ArticlePage {
    const matches = this.select(options);
    const items = matches.slice(options.offset, options.offset + options.limit).map((record) => this.summary(record));
    return { items, total: matches.length, offset: options.offset };
  }

  get(id: string): Article {
    const record = this.#record(id);
    const note = this.#annotations.data.notes[id];
    return { ...this.summary(record), note: note?.text ?? '', noteUpdatedAt: note?.updatedAt ?? null };
  }

  /** Stores a new article: body files first, then the metadata, so a crash never leaves a record without a body. */
  async add(extracted: ExtractedArticle, source: ArticleSource, options: { id?: string } = {}): Promise<ArticleSummary> {
    // A capture picks the id first, because the body's image URLs (/articles/<id>/assets/…) name it.
    const id = options.id ?? randomUUID();
    if (this.#byId.has(id)) throw new Error(`An article with id ${id} already exists.`);
    this.#assertOpen();
    const record = newArticleRecord(id, extracted, source, new Date().toISOString());
    await this.files.writeArticle(id, extracted.html, extracted.text, record);
    // Closed while the files were written: leave library.json alone (the lock is gone); the next
    // open recovers the article from its folder.
    this.#assertOpen();
    this.#library.data.articles.push(record);
    this.#byId.set(id, record);
    this.#query.invalidate();
    // The article is already durable in its folder; library.json (megabytes at 10,000 articles) is
    // rewritten once for a burst of saves, and open() recovers anything a crash kept out of it.
    this.#library.saveLater(ADD_FLUSH_MS);
    this.#changed([id]);
    return this.summary(record);
  }

  /**
   * Fills a link-only article with its downloaded text in place (same id: tags, flags, note, progress and
   * highlights stay): body files first, then the record (download-completion.ts), library.json a moment later.
   */
  async completeDownload(id: string, extracted: ExtractedArticle): Promise<ArticleSummary> {
    const now = new Date().toISOString();
    const before = this.#byId.get(id);
    if (before === undefined) throw notFound(id);
    await this.files.writeArticle(id, extracted.html, extracted.text, completedRecord(before, extracted, now));
    const current = this.#byId.get(id);
    if (current === undefined) {
      // Purged while the files were written: they must not stay behind as an article nobody has.
      await this.files.remove(id);
      throw notFound(id);
    }
    // Completed from the record as it is now: the reader may have tagged or archived it meanwhile.
    this.#storeLater([completedRecord(current, extracted, now)]);
    return this.summary(this.#byId.get(id) as ArticleRecord);
  }

  /** Marks link-only articles failed (with the reason) or queued again; returns those it changed. */
  setDownloadState(ids: readonly string[], download: ArticleDownload): string[] {
    const now = new Date().toISOString();
    const next = ids.flatMap((id) => {
      const record = this.#byId.get(id);
      const changed = record && withDownload(record, download, now);
      return changed && changed !== record ? [changed] : [];
    });
    this.#storeLater(next);
    return next.map((record) => record.id);
  }

  /** Puts changed records in place and rewrites library.json a moment later (downloads finish by the thousand). */
  #storeLater(records: readonly ArticleRecord[]): void {
    if (records.length === 0) return;
    this.#assertOpen();
    const articles = this.#library.data.articles;
    for (const record of records) {
      const index = articles.indexOf(this.#byId.get(record.id) as ArticleRecord);
      if (index >= 0) articles[index] = record;
      this.#byId.set(record.id, record);
    }
    this.#query.invalidate();
    this.#library.saveLater(DOWNLOAD_FLUSH_MS);
    this.#changed(records.map((record) => record.id));
  }

  #changed(ids: string[]): void {
    this.#emit('library.changed', { ids });
  }

  /** One article changed and written (deleted ones too: undo needs them); callers check it is there first. */
  async #replace(id: string, change: (record: ArticleRecord) => ArticleRecord): Promise<ArticleRecord> {
    await this.changeMany([id], change, { includeDeleted: true });
    return this.#byId.get(id) as ArticleRecord;
  }

  async update(id: string, patch: ArticlePatch): Promise<ArticleSummary> {
    this.#record(id);
    const now = new Date().toISOString();
    const next = await this.#replace(id, (record) => ({ ...patchArticle(record, patch, now), updatedAt: now }));
    this.#changed([id]);
    return this.summary(next);
  }

  /** One patch for many articles, one write; `changed` names only those whose state it changed. */
  async updateMany(ids: readonly string[], patch: ArticlePatch): Promise<BulkChange> {
    const now = new Date().toISOString();
    const changed = await this.changeMany(ids, (record) => patchArticle(record, patch, now));
    if (changed.length > 0) this.#changed(changed);
    return { changed };
  }

  /**
   * Changes many articles with one write of library.json (tagging 1,000 is one write, not 1,000): `change`
   * returns the new record, or the same one to leave it. Refused whole, before anything changes, when an id
   * is not a live article (with includeDeleted: not stored). Returns the changed ids; callers emit once.
   */
  async changeMany(ids: readonly string[], change: (record: ArticleRecord) => ArticleRecord, options: { includeDeleted?: boolean } = {}): Promise<string[]> {
    this.#assertOpen();
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => !this.#byId.has(id) || (!options.includeDeleted && this.#byId.get(id)?.deletedAt));
    if (missing.length > 0) throw missingArticles(missing, unique.length, options.includeDeleted ? 'the undo window has passed' : 'perhaps deleted meanwhile');
    const next = new Map<string, ArticleRecord>();
    for (const id of unique) {
      const current = this.#byId.get(id) as ArticleRecord;
      const changed = change(current);
      if (changed !== current) next.set(id, changed);
    }
    if (next.size === 0) return [];
    this.#library.data.articles = this.#library.data.articles.map((record) => next.get(record.id) ?? record);
    for (const [id, record] of next) this.#byId.set(id, record);
    this.#query.invalidate();
    await this.#library.save();
    return [...next.keys()];
  }

  /** Hides an article; purge() removes it for good once its undo window has passed. */
  async markDeleted(id: string): Promise<void> {
    this.#record(id);
    await this.#replace(id, (record) => ({ ...record, deletedAt: new Date().toISOString() }));
    this.#changed([id]);
  }

  async undoDelete(id: string): Promise<ArticleSummary> {
    const record = this.#byId.get(id);
    if (!record) throw notFound(id);
    const next = await this.#replace(id, (current) => ({ ...current, deletedAt: null }));
    this.#changed([id]);
    return this.summary(next);
  }

  /** Removes articles deleted before the cutoff: metadata first, then files, so nothing dangles. */
  async purgeDeletedBefore(cutoff: number): Promise<string[]> {
    const doomed = this.#library.data.articles.filter((record) => record.deletedAt && Date.parse(record.deletedAt) <= cutoff);
    return this.#purge(new Set(doomed.map((record) => record.id)));
  }

  /** Removes these articles for good at once, with their notes, progress and files (taking back a whole import). */
  async removeNow(ids: readonly string[]): Promise<string[]> {
    return this.#purge(new Set(ids.filter((id) => this.#byId.has(id))));
  }

  async #purge(ids: ReadonlySet<string>): Promise<string[]> {
    if (ids.size === 0) return [];
    // Without its saved record a half-purged folder can never be recovered as a live article.
    for (const id of ids) await this.files.forgetSavedRecord(id);
    this.#library.data.articles = this.#library.data.articles.filter((record) => !ids.has(record.id));
    for (const id of ids) {
      delete this.#annotations.data.notes[id];
      delete this.#progress.data.progress[id];
    }
    this.#reindex();
    await this.#library.save();
    await Promise.all([this.#annotations.save(), this.#progress.save()]);
    for (const id of ids) await this.files.remove(id);
    this.#changed([...ids]);
    return [...ids];
  }

  /**
   * Adds records that have no folder yet (an import's links, not downloaded): one write of library.json
   * for the whole batch. Refused whole when an id is taken.
   */
  async addRecords(records: readonly ArticleRecord[]): Promise<void> {
    this.#assertOpen();
    const taken = records.find((record) => this.#byId.has(record.id));
    if (taken) throw new Error(`An article with id ${taken.id} already exists.`);
    if (records.length === 0) return;
    this.#library.data.articles.push(...records);
    for (const record of records) this.#byId.set(record.id, record);
    this.#query.invalidate();
    await this.#library.save();
    this.#changed(records.map((record) => record.id));
  }

  /** Notes for many articles with one write (an import); an article that has a note keeps it, the new text appended. */
  async addNotes(notes: ReadonlyMap<string, string>): Promise<void> {
    if (notes.size === 0) return;
    const updatedAt = new Date().toISOString();
    for (const [id, text] of notes) {
      this.#record(id);
      const current = this.#annotations.data.notes[id]?.text.trim();
      if (current && current.includes(text.trim())) continue;
      this.#annotations.data.notes[id] = { text: current ? `${current}\n\n${text}` : text, updatedAt };
    }
    await this.#annotations.save();
  }

  /** Reading progress for many articles from an import: set where the library has none (what the reader did here wins). */
  async importProgress(progress: ReadonlyMap<string, number>): Promise<void> {
    const updatedAt = new Date().toISOString();
    let changed = false;
    for (const [id, fraction] of progress) {
      if (this.#progress.data.progress[id]) continue;
      this.#progress.data.progress[id] = { fraction, anchor: null, updatedAt };
      changed = true;
    }
    if (!changed) return;
    this.#query.invalidate('progress');
    await this.#progress.save();
  }

  /**
   * Notes and reading progress from Lectern's own archive, kept exactly as archived (dates, anchors), one
   * write per file: a note goes where the article has none and is added below a different one; progress goes
   * only where there is none. Articles not in the library are passed over. Returns the ids that changed.
   */
  async mergeArchivedNotesAndProgress(notes: ReadonlyMap<string, AnnotationsFile['notes'][string]>, progress: ReadonlyMap<string, ReadingProgress>): Promise<string[]> {
    this.#assertOpen();
    const changed = new Set<string>();
    let notesChanged = false;
    for (const [id, note] of notes) {
      const current = this.#annotations.data.notes[id];
      if (!this.#byId.has(id) || note.text.trim() === '' || current?.text.includes(note.text.trim())) continue;
      this.#annotations.data.notes[id] = current ? { text: `${current.text}\n\n${note.text}`, updatedAt: new Date().toISOString() } : { ...note };
      changed.add(id);
      notesChanged = true;
    }
    let progressChanged = false;
    for (const [id, value] of progress) {
      if (!this.#byId.has(id) || this.#progress.data.progress[id]) continue;
      this.#progress.data.progress[id] = { ...value };
      changed.add(id);
      progressChanged = true;
    }
    if (progressChanged) this.#query.invalidate('progress');
    await Promise.all([notesChanged && this.#annotations.save(), progressChanged && this.#progress.save()]);
    return [...changed];
  }

  /**
   * Records reading progress; marks the article finished the first time the end is reached. Tells
   * front ends with progress.changed, so a library row redraws its bar without asking again.
   */
  async saveProgress(id: string, fraction: number, anchor: ReadingAnchor | null): Promise<{ finished: boolean }> {
    const record = this.#record(id);
    this.#progress.data.progress[id] = { fraction, anchor, updatedAt: new Date().toISOString() };
    this.#progress.saveLater(this.#progressFlushMs);
    this.#query.invalidate('progress');
    if (isAtEnd(fraction) && !record.finishedAt) {
      await this.#replace(id, (current) => ({ ...current, finishedAt: new Date().toISOString() }));
    }
    const finished = this.#byId.get(id)?.finishedAt != null;
    this.#emit('progress.changed', { id, fraction, anchor, finished });
    return { finished };
  }

  async saveNote(id: string, text: string): Promise<{ noteUpdatedAt: string }> {
    this.#record(id);
    const updatedAt = new Date().toISOString();
    if (text.trim() === '') delete this.#annotations.data.notes[id];
    else this.#annotations.data.notes[id] = { text, updatedAt };
    await this.#annotations.save();
    this.#changed([id]);
    return { noteUpdatedAt: updatedAt };
  }

  settings(): Settings {
    const { schemaVersion: _version, ...stored } = this.#settings.data;
    return { ...defaultSettings, ...stored };
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    Object.assign(this.#settings.data, patch);
    await this.#settings.save();
    return this.settings();
  }

  #closed = false;

  #assertOpen(): void {
    if (this.#closed) throw new CoreError(ErrorCode.libraryLocked, 'Lectern is closing this library; try again once it is open.');
  }

  /** Writes what is pending and refuses further changes, before the lock is released. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
  }

  /** Writes everything pending (progress and new articles are written on a delay). */
  async flush(): Promise<void> {
    await Promise.all([this.#library.flush(), this.#annotations.flush(), this.#progress.flush(), this.#settings.flush()]);
  }
}
