import { mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Article, ArticlePage, ArticleSource, ArticleSummary, BulkChange, ReadingAnchor, ReadingProgress, Settings } from '../../shared/models.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { isAtEnd } from '../../shared/reading-state.ts';
import { CoreError, missingArticles, notFound } from '../core-error.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { Emit } from '../event-bus.ts';
import { ArticleFiles } from './article-files.ts';
import { ArticleQuery, type QueryOptions } from './article-query.ts';
import { ArticleRecords } from './article-records.ts';
import { leftoversNotice, moveAsideLeftovers } from './crash-leftovers.ts';
import { NotesStore, type NoteRecord } from './notes-store.ts';
import { ProgressStore } from './progress-store.ts';
import { SettingsStore } from './settings-store.ts';
import { patchArticle, type ArticlePatch } from './article-patch.ts';
import { DOWNLOAD_FLUSH_MS, downloadStateChanges, writeDownloaded } from './download-completion.ts';
import type { ArticleDownload } from '../../shared/models-migration.ts';
import { newArticleRecord, type ArticleRecord } from './schema.ts';

/** How long library.json waits after a new article, so a batch import rewrites it once. */
const ADD_FLUSH_MS = 400;

/**
 * The library on disk: metadata in library.json, notes in annotations.json, reading progress in
 * progress.json (written on a delay, so scrolling never waits for the big file), settings in settings.json,
 * bodies in articles/<id>/. Every change to the articles, whoever makes it, is told to front ends (emit).
 */
export class Library {
  readonly dataDir: string;
  readonly files: ArticleFiles;
  readonly #records: ArticleRecords;
  readonly #notes: NotesStore;
  readonly #progress: ProgressStore;
  readonly #settings: SettingsStore;
  readonly #query = new ArticleQuery();
  readonly #emit: Emit<'library.changed' | 'progress.changed'>;

  constructor(dataDir: string, options: { progressFlushMs?: number; emit?: Emit<'library.changed' | 'progress.changed'> } = {}) {
    this.dataDir = dataDir;
    this.files = new ArticleFiles(dataDir);
    this.#emit = options.emit ?? (() => {});
    this.#records = new ArticleRecords(dataDir, () => this.#query.invalidate());
    this.#notes = new NotesStore(dataDir);
    this.#progress = new ProgressStore(dataDir, options.progressFlushMs ?? 1000, () => this.#query.invalidate('progress'));
    this.#settings = new SettingsStore(dataDir);
  }

  /**
   * Reads every file; throws CorruptFileError for a damaged one (or one from a newer Lectern) without
   * writing anything. Files that may start afresh (DATA_FILES) are set aside instead.
   */
  async open({ afterCrash = false } = {}): Promise<{ migrated: boolean; recovered: number; notice: string | null }> {
    await mkdir(this.files.root, { recursive: true });
    const { migrated } = await this.#records.load();
    await this.#notes.load();
    await Promise.all([this.#progress.load(), this.#settings.load()]);
    const folderIds = await this.files.folderIds(); // read once: 100,000 entries cost a listing each time
    const recovered = await this.#records.recoverFrom(this.files, folderIds);
    const moved = await moveAsideLeftovers(this.dataDir, this.files, folderIds, (id) => this.#records.has(id), afterCrash); // half-written: set aside
    return { migrated, recovered, notice: leftoversNotice(recovered, moved) };
  }

  /** Writes library.json after open() changed it (a migration or recovered articles). */
  saveMigrated(): Promise<void> { return this.#records.save(); }

  get articleCount(): number { return this.#records.size; }

  /** All stored records, including ones waiting to be purged. */
  records(): readonly ArticleRecord[] {
    return this.#records.all();
  }

  #record(id: string): ArticleRecord {
    const record = this.#records.get(id);
    if (!record || record.deletedAt) throw notFound(id);
    return record;
  }

  #progressOf = (id: string): ReadingProgress | undefined => this.#progress.get(id);

  summary(record: ArticleRecord): ArticleSummary {
    const { canonicalUrl: _canonical, deletedAt: _deleted, ...rest } = record;
    const note = this.#notes.get(record.id);
    return { ...rest, progress: this.#progressOf(record.id) ?? null, hasNote: Boolean(note?.text.trim()) };
  }

  /** Every live record the filter, query and keep test let through, in the sort's order (search pages them itself). */
  select(options: QueryOptions): ArticleRecord[] {
    return this.#query.run(this.#records.all(), options, this.#progressOf);
  }

  list(options: QueryOptions & { offset: number; limit: number }): ArticlePage {
    const matches = this.select(options);
    const items = matches.slice(options.offset, options.offset + options.limit).map((record) => this.summary(record));
    return { items, total: matches.length, offset: options.offset };
  }

  get(id: string): Article {
    const note = this.#notes.get(id);
    return { ...this.summary(this.#record(id)), note: note?.text ?? '', noteUpdatedAt: note?.updatedAt ?? null };
  }

  /** A live article's record and note text without building its summary (the search index signs 100,000 on open). */
  indexable(id: string): { record: ArticleRecord; note: string } | null {
    const record = this.#records.get(id);
    return record && !record.deletedAt ? { record, note: this.#notes.get(id)?.text ?? '' } : null;
  }

  /** Stores a new article: body files first, then the metadata, so a crash never leaves a record without a body. */
  async add(extracted: ExtractedArticle, source: ArticleSource, options: { id?: string } = {}): Promise<ArticleSummary> {
    // A capture picks the id first, because the body's image URLs (/articles/<id>/assets/…) name it.
    const id = options.id ?? randomUUID();
    if (this.#records.has(id)) throw new Error(`An article with id ${id} already exists.`);
    this.#assertOpen();
    const record = newArticleRecord(id, extracted, source, new Date().toISOString());
    await this.files.writeArticle(id, extracted.html, extracted.text, record);
    this.#assertOpen(); // closed meanwhile: library.json is left alone, the next open recovers the folder

    this.#records.add([record]);
    // Durable in its folder already: library.json (megabytes at 10,000 articles) is rewritten once a burst.
    this.#records.saveLater(ADD_FLUSH_MS);
    this.#changed([id]);
    return this.summary(record);
  }

  /** Fills a link-only article with its downloaded text in place, keeping its id (download-completion.ts says how). */
  async completeDownload(id: string, extracted: ExtractedArticle): Promise<ArticleSummary> {
    this.#storeLater([await writeDownloaded(this.#records, this.files, id, extracted, new Date().toISOString())]);
    return this.summary(this.#records.get(id) as ArticleRecord);
  }

  /** Marks link-only articles failed (with the reason) or queued again; returns those it changed. */
  setDownloadState(ids: readonly string[], download: ArticleDownload): string[] {
    const next = downloadStateChanges(this.#records, ids, download, new Date().toISOString());
    this.#storeLater(next);
    return next.map((record) => record.id);
  }

  /** Puts changed records in place and rewrites library.json a moment later (downloads finish by the thousand). */
  #storeLater(records: readonly ArticleRecord[]): void {
    if (records.length === 0) return;
    this.#assertOpen();
    this.#records.replace(records);
    this.#records.saveLater(DOWNLOAD_FLUSH_MS);
    this.#changed(records.map((record) => record.id));
  }

  #changed(ids: string[]): void {
    this.#emit('library.changed', { ids });
  }

  /** One article changed and written (deleted ones too: undo needs them); callers check it is there first. */
  async #replace(id: string, change: (record: ArticleRecord) => ArticleRecord): Promise<ArticleRecord> {
    await this.changeMany([id], change, { includeDeleted: true });
    return this.#records.get(id) as ArticleRecord;
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
    const missing = unique.filter((id) => !this.#records.has(id) || (!options.includeDeleted && this.#records.get(id)?.deletedAt));
    if (missing.length > 0) throw missingArticles(missing, unique.length, options.includeDeleted ? 'the undo window has passed' : 'perhaps deleted meanwhile');
    return this.#records.changeMany(unique, change);
  }

  /** Hides an article; purge() removes it for good once its undo window has passed. */
  async markDeleted(id: string): Promise<void> {
    this.#record(id);
    await this.#replace(id, (record) => ({ ...record, deletedAt: new Date().toISOString() }));
    this.#changed([id]);
  }

  async undoDelete(id: string): Promise<ArticleSummary> {
    const record = this.#records.get(id);
    if (!record) throw notFound(id);
    const next = await this.#replace(id, (current) => ({ ...current, deletedAt: null }));
    this.#changed([id]);
    return this.summary(next);
  }

  /** Removes articles deleted before the cutoff: metadata first, then files, so nothing dangles. */
  async purgeDeletedBefore(cutoff: number): Promise<string[]> {
    const doomed = this.#records.all().filter((record) => record.deletedAt && Date.parse(record.deletedAt) <= cutoff);
    return this.#purge(new Set(doomed.map((record) => record.id)));
  }

  /** Removes these articles for good at once, with their notes, progress and files (taking back a whole import). */
  async removeNow(ids: readonly string[]): Promise<string[]> {
    return this.#purge(new Set(ids.filter((id) => this.#records.has(id))));
  }

  async #purge(ids: ReadonlySet<string>): Promise<string[]> {
    if (ids.size === 0) return [];
    // Without its saved record a half-purged folder can never be recovered as a live article.
    for (const id of ids) await this.files.forgetSavedRecord(id);
    this.#records.remove(ids);
    this.#notes.forget(ids);
    this.#progress.forget(ids);
    await this.#records.save();
    await Promise.all([this.#notes.persist(), this.#progress.persist()]);
    for (const id of ids) await this.files.remove(id);
    this.#changed([...ids]);
    return [...ids];
  }

  /** Adds records with no folder yet (an import's links) in one write of library.json; refused whole when an id is taken. */
  async addRecords(records: readonly ArticleRecord[]): Promise<void> {
    this.#assertOpen();
    await this.#records.addNew(records);
    this.#changed(records.map((record) => record.id));
  }

  /** Notes for many articles with one write (an import): notes-store.ts says how they join a note already there. */
  async addNotes(notes: ReadonlyMap<string, string>): Promise<void> {
    await this.#notes.append(notes);
  }

  /** Reading progress for many articles from an import, only where the library has none (what the reader did here wins). */
  async importProgress(progress: ReadonlyMap<string, number>): Promise<void> {
    const updatedAt = new Date().toISOString();
    await this.#progress.addMissing(new Map([...progress].map(([id, fraction]) => [id, { fraction, anchor: null, updatedAt }])), (id) => this.#records.has(id));
  }

  /** Notes and progress from Lectern's own archive, kept as archived (dates, anchors), one write per file; answers the ids that changed. */
  async mergeArchivedNotesAndProgress(notes: ReadonlyMap<string, NoteRecord>, progress: ReadonlyMap<string, ReadingProgress>): Promise<string[]> {
    this.#assertOpen();
    const exists = (id: string) => this.#records.has(id);
    return [...new Set([...(await this.#notes.mergeArchived(notes, exists)), ...(await this.#progress.addMissing(progress, exists))])];
  }

  /**
   * Records reading progress; marks the article finished the first time the end is reached. Tells
   * front ends with progress.changed, so a library row redraws its bar without asking again.
   */
  async saveProgress(id: string, fraction: number, anchor: ReadingAnchor | null): Promise<{ finished: boolean }> {
    const record = this.#record(id);
    this.#assertOpen();
    await this.#progress.set(id, fraction, anchor);
    if (isAtEnd(fraction) && !record.finishedAt) {
      await this.#replace(id, (current) => ({ ...current, finishedAt: new Date().toISOString() }));
    }
    const finished = this.#records.get(id)?.finishedAt != null;
    this.#emit('progress.changed', { id, fraction, anchor, finished });
    return { finished };
  }

  async saveNote(id: string, text: string): Promise<{ noteUpdatedAt: string }> {
    this.#record(id);
    const noteUpdatedAt = await this.#notes.save(id, text);
    this.#changed([id]);
    return { noteUpdatedAt };
  }

  settings(): Settings {
    return this.#settings.get();
  }

  updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.#settings.update(patch);
  }

  #closed = false;
  #assertOpen(): void {
    if (this.#closed) throw new CoreError(ErrorCode.libraryLocked, 'Lectern is closing this library; try again once it is open.');
  }

  /** Writes what is pending and refuses further changes, before the lock is released. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.flush().then(() => this.#progress.close());
  }

  /** Writes everything pending (progress and new articles are written on a delay). */
  async flush(): Promise<void> {
    await Promise.all([this.#records.flush(), this.#notes.flush(), this.#progress.flush(), this.#settings.flush()]);
  }
}
