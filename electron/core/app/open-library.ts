import type { ExportFormat } from '../../shared/vocabularies.ts';
import { HighlightService } from '../annotations/highlight-service.ts';
import { HighlightStore } from '../annotations/highlight-store.ts';
import { CaptureService, type CaptureServiceOptions } from '../capture/capture-service.ts';
import { librarySink } from '../capture/library-sink.ts';
import type { Emit } from '../event-bus.ts';
import type { EventMap } from '../../shared/events.ts';
import { exportArticle, type ExportedFile } from '../export/article-export.ts';
import { createBackup } from '../library/backups.ts';
import { Library } from '../library/library.ts';
import { IndexSync } from '../search/index-sync.ts';
import { SearchService } from '../search/search-service.ts';
import { SavedSearchService } from '../saved-searches/saved-search-service.ts';
import { TagColors } from '../tags/tag-colors.ts';
import { TagService } from '../tags/tag-service.ts';
import { DeletionScheduler } from './deletion-scheduler.ts';
import { ImportService } from './import-service.ts';
import { ArchiveService } from '../migration/archive/archive-service.ts';
import { DownloadQueue } from '../migration/downloads/download-queue.ts';
import { MigrationService } from '../migration/migration-service.ts';
import { ConnectionService } from '../connection/connection-service.ts';

export type CaptureSettings = CaptureServiceOptions['capture'];

/** How long a deleted article or highlight can be brought back from its toast. */
export const UNDO_WINDOW_MS = 10_000;

export interface OpenLibraryOptions {
  dataDir: string;
  /** The last process holding the library ended without releasing it: look for its half-written files everywhere. */
  afterCrash?: boolean;
  emit: Emit;
  undoWindowMs: number;
  /** Milliseconds reading progress waits before it is written to disk. */
  progressFlushMs?: number;
  /** Fetch settings for saving links. */
  capture?: CaptureSettings;
  /** Retry links left pending as soon as the library opens, and again whenever one is due (the app; not the CLI). */
  autoRetry: boolean;
  /** Ports the browser connection may listen on (the app, the browser shell); unset where nothing listens (the CLI). */
  connectionPorts?: readonly number[];
}

/**
 * Everything that belongs to one open library, built once when it opens and disposed when it is
 * closed or replaced by a backup: the store, its highlights, the links waiting to be saved, imports
 * and deletions. None of them needs to ask which library it belongs to; a restore builds new ones.
 */
export class OpenLibrary {
  readonly library: Library;
  readonly highlights: HighlightService;
  readonly captures: CaptureService;
  readonly imports: ImportService;
  readonly deletions: DeletionScheduler;
  readonly tags: TagService;
  readonly savedSearches: SavedSearchService;
  readonly search: SearchService;
  readonly migration: MigrationService;
  readonly downloads: DownloadQueue;
  readonly archive: ArchiveService;
  readonly connection: ConnectionService;
  readonly #searchIndex: IndexSync;
  readonly #highlightStore: HighlightStore;
  readonly #tagColors: TagColors;
  /** What opening finished after a crash (articles brought back, leftovers moved aside), said once; null when nothing. */
  openNotice: string | null = null;

  private constructor(library: Library, highlightStore: HighlightStore, options: OpenLibraryOptions) {
    const { dataDir, emit, undoWindowMs } = options;
    this.library = library;
    this.#highlightStore = highlightStore;
    this.#tagColors = new TagColors(dataDir);
    this.tags = new TagService({ library, highlights: highlightStore, colors: this.#tagColors, emit, undoWindowMs });
    this.highlights = new HighlightService({ library, store: highlightStore, emit, undoWindowMs, spellTags: (tags) => this.tags.spell(tags) });
    // Counted by the search itself, so a saved query means what it means in the search box (the whole language).
    const count = async (query: string) => (await this.search.matchingIds({ filter: 'all', query })).ids.length;
    this.savedSearches = new SavedSearchService(dataDir, { count, emit });
    this.captures = new CaptureService({ sink: librarySink(library), dataDir, emit, capture: options.capture, autoRetry: options.autoRetry });
    this.imports = new ImportService(library, emit);
    this.deletions = new DeletionScheduler(library, undoWindowMs, emit);
    const highlightsOf = (articleId: string) => highlightStore.forArticle(articleId).map((record) => ({ quote: record.selectors[0].exact, note: record.note }));
    this.#searchIndex = new IndexSync({ dataDir, library, highlightsOf, emit });
    this.search = new SearchService({ library, sync: this.#searchIndex, highlightsOf });
    this.downloads = new DownloadQueue({ library, dataDir, emit, capture: options.capture });
    this.archive = new ArchiveService({
      dataDir,
      flush: async () => {
        await Promise.all([library.flush(), highlightStore.flush(), this.captures.pending.flush(), this.#tagColors.flush(), this.savedSearches.flush()]);
      },
      target: { library, highlights: highlightStore, tagColors: this.#tagColors, savedSearches: this.savedSearches, pending: this.captures.pending, emit },
    });
    this.migration = new MigrationService({
      dataDir,
      library,
      highlights: highlightStore,
      tagSpeller: () => this.tags.speller(),
      emit,
      enqueueDownloads: (ids) => this.downloads.enqueue(ids),
      archive: this.archive,
    });
    // Built with the library it saves into: a restored backup brings its own paired browsers and setting.
    this.connection = new ConnectionService({ dataDir, ports: options.connectionPorts ?? null, emit, library, captures: this.captures, highlights: highlightStore, deletions: this.deletions, tags: this.tags });
  }

  /**
   * Reads every file of the library, once, and only then writes: a migration's backup, articles
   * recovered from their folders, deletions whose undo window passed. A damaged file (or one from a
   * newer Lectern) that must not start afresh throws CorruptFileError before anything is written.
   */
  static async open(given: OpenLibraryOptions): Promise<OpenLibrary> {
    let searchIndex: IndexSync | undefined;
    // Every change to the articles, whoever makes it, reaches the search index too (what happens before
    // it exists is caught up when it starts).
    const emit: Emit = (name, payload) => {
      given.emit(name, payload);
      if (name === 'library.changed') searchIndex?.changed((payload as EventMap['library.changed']).ids);
    };
    const options = { ...given, emit };
    const library = new Library(options.dataDir, { progressFlushMs: options.progressFlushMs, emit: options.emit });
    const { migrated, recovered, notice } = await library.open({ afterCrash: options.afterCrash ?? false });
    const highlightStore = new HighlightStore(options.dataDir);
    await highlightStore.load();
    const opened = new OpenLibrary(library, highlightStore, options);
    opened.openNotice = notice;
    try {
      await Promise.all([opened.#tagColors.load(), opened.savedSearches.load(), opened.downloads.open()]);
      await opened.captures.open();
      await opened.connection.open();
      if (migrated) await createBackup(options.dataDir);
      if (migrated || recovered > 0) await library.saveMigrated();
      await opened.deletions.purgeExpired();
      await opened.highlights.purgeExpired();
    } catch (error) {
      await opened.close();
      throw error;
    }
    searchIndex = opened.#searchIndex;
    // Off the opening path: the index opens, and catches up or rebuilds, in the background.
    void searchIndex.start();
    // Links imported without their text download in the background in the app; the CLI drives them itself.
    if (options.autoRetry) opened.downloads.start();
    return opened;
  }

  /** One article as Markdown, HTML or plain text, with its highlights. */
  async exportArticle(id: string, format: ExportFormat, withBody: boolean): Promise<ExportedFile> {
    const article = this.library.get(id);
    return exportArticle(article, await this.library.files.readBody(id), format, { highlights: this.highlights.forArticle(id), withBody });
  }

  /** Writes what is pending and stops timers; the library refuses changes from here on. */
  async close(): Promise<void> {
    this.deletions.dispose();
    this.captures.dispose();
    this.downloads.dispose();
    await Promise.all([this.connection.close(), this.migration.dispose(), this.#searchIndex.close(), this.library.close(), this.#highlightStore.flush(), this.captures.pending.flush(), this.#tagColors.flush(), this.savedSearches.flush()]);
  }
}
