import type { ArticleSummary, ImportFailure, ReadingAnchor } from './models.ts';

/** Events core pushes to front ends. */
import type { SearchStatus } from './models.ts';
import type { DownloadStatus, ImportPreview, ImportReport } from './models-migration.ts';
import type { ConnectionStatus, PairingRequestInfo } from './contract-connection.ts';

export interface EventMap {
  /** Something in the library changed; ids names the articles when known. */
  'library.changed': { ids: string[] };
  /**
   * Reading progress of one article was saved (by any window or the CLI); rows redraw their bar from it.
   * The anchor is there because it decides whether a long text counts as started (shared/reading-state).
   */
  'progress.changed': { id: string; fraction: number; anchor: ReadingAnchor | null; finished: boolean };
  /**
   * Progress of an import: a multi-file run started by the shell (articles.importPaths: File › Open, files given to
   * the app), or, with origin 'window', the one file the window sent (articles.importFile), which the window counts
   * itself. step says how far the file in hand has got.
   */
  'import.progress': { done: number; total: number; current: string | null; step?: ImportStep; origin?: 'shell' | 'window' };
  /**
   * That import has finished: what arrived and what did not, so front ends report it the way they report an
   * import started in the window (one toast, the list of failures).
   */
  'import.finished': { added: Pick<ArticleSummary, 'id' | 'title'>[]; failed: ImportFailure[] };
  /** Progress of saving links (articles.addUrls, pending.retry). */
  'capture.progress': { done: number; total: number; current: string | null };
  /** The list of links waiting to be saved changed. */
  'pending.changed': { count: number };
  /** Tags were added, renamed, merged, recoloured or deleted; the sidebar and pickers reload them. */
  'tags.changed': Record<string, never>;
  /** The saved searches changed (saved, renamed, reordered, deleted). */
  'savedSearches.changed': Record<string, never>;
  /** The search index is being built or rebuilt (missing, damaged or older), or has become ready. */
  'search.progress': SearchStatus;
  /** An import of another service's export (or an archive) moving along: reading the file, writing articles, placing highlights. */
  'migration.progress': { importId: string; phase: 'reading' | 'writing' | 'placing'; done: number; total: number };
  /**
   * A preview the shell asked the window to show (File › Import from Another App… in Electron chooses the file
   * natively, so no upload limit applies): the file is being read, then its preview, or why it cannot be imported.
   */
  'migration.previewed':
    | { fileName: string; state: 'reading' }
    | { fileName: string; state: 'ready'; preview: ImportPreview }
    | { fileName: string; state: 'failed'; message: string };
  /** That import has finished, with its report. */
  'migration.finished': ImportReport;
  /** Background downloads of URL-only articles moved on (counts, rate, paused). */
  'downloads.changed': DownloadStatus;
  /** A browser asks to be connected: the app shows "Connect this browser?" with its name and the code it shows too. */
  'pairing.requested': PairingRequestInfo;
  /** The listener went on or off, a pairing came, went or was answered, or a browser was paired or revoked (reload browsers.list). */
  'connection.changed': ConnectionStatus;
}

/** The phases of importing one file, in order: reading it, decoding its text, finding the article and cleaning it, saving it. */
export type ImportPhase = 'reading' | 'decoding' | 'extracting' | 'saving';

/** Where one file's import has got: its phase, and the share of that file's whole import done (0 to 1). */
export interface ImportStep {
  phase: ImportPhase;
  fraction: number;
}

export type EventName = keyof EventMap;

/** One event; checking `event.name` narrows `event.payload` to that event's shape. */
export type LecternEvent<K extends EventName = EventName> = { [N in K]: { name: N; payload: EventMap[N] } }[K];
