/**
 * The contract's methods for moving a library in and out: previewing and running an import of another
 * service's export (or Lectern's archive), undoing it, the background downloads of URL-only articles, and
 * the archive of the whole library. Spread into `api` in contract.ts.
 */
import * as v from 'valibot';
import { articleIds, method, returns } from './contract-schemas.ts';
import type { DownloadStatus, ImportPreview, ImportReport } from './models-migration.ts';

const importId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{8,64}$/, 'not an import id'));

/** What exports come as: the window's file chooser and Electron's native import dialog offer these. */
export const EXPORT_FILE_EXTENSIONS = ['zip', 'csv', 'json', 'html', 'htm'] as const;

/** The largest export the window may send as bytes; the native dialog and the CLI pass paths and have no such limit. */
export const MAX_IMPORT_UPLOAD_BYTES = 256 * 1024 * 1024;

export const migrationMethods = {
  /** Reads an export sent by the window (file picker, drop) and counts what it holds; nothing is written to the library. */
  'migration.preview': method(
    v.object({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)), dataBase64: v.string() }),
    returns<ImportPreview>(),
  ),
  /**
   * The same for a file the shell knows by path (File › Import from Another App… in Electron, `lectern import`).
   * show: the window shows it too ('migration.previewed' events: reading, then the preview or why not). Shell only.
   */
  'migration.previewPath': method(v.object({ path: v.pipe(v.string(), v.minLength(1)), show: v.optional(v.boolean()) }), returns<ImportPreview>()),
  /**
   * Imports a previewed file. Answers when the articles are in the library (URL-only ones marked not
   * downloaded); 'migration.progress' reports along the way. fetch: false leaves the links for later.
   */
  'migration.run': method(v.object({ importId, fetch: v.optional(v.boolean(), true) }), returns<ImportReport>()),
  /** Forgets a preview that will not be imported. */
  'migration.discard': method(v.object({ importId }), returns<{ discarded: boolean }>()),
  /** Takes a whole import back: its new articles removed, what it added to existing ones taken off. Refused once any of them was changed. */
  'migration.undo': method(v.object({ importId }), returns<{ removed: number }>()),
  /** The newest finished import's report (kept across restarts), undoable while nothing it brought was changed; null when none is kept. */
  'migration.lastReport': method(v.object({}), returns<ImportReport | null>()),
  /** The report of an import, as a file to save (CSV of every skipped and failed entry with its reason). */
  'migration.reportFile': method(v.object({ importId }), returns<{ fileName: string; content: string }>()),

  'downloads.status': method(v.object({}), returns<DownloadStatus>()),
  'downloads.pause': method(v.object({}), returns<DownloadStatus>()),
  'downloads.resume': method(v.object({}), returns<DownloadStatus>()),
  /**
   * Downloads what waits (with the links an import held back) and answers when nothing is left, the queue
   * is paused or the library closes. For `lectern fetch`, which is not running in the background. Shell only.
   */
  'downloads.runUntilIdle': method(v.object({}), returns<DownloadStatus>()),
  /** Puts failed downloads back in the queue: these articles, or every failed one. */
  'downloads.retry': method(v.object({ ids: v.optional(articleIds) }), returns<DownloadStatus>()),

  /**
   * Writes the whole library (database files, bodies, images, highlights, notes, progress, settings) into
   * one archive; the window downloads it from `url` (served by the app protocol), the shell copies it.
   */
  'library.exportArchive': method(v.object({}), returns<{ fileName: string; url: string; sizeBytes: number }>()),
  /** The same, written to a path the shell chose (save dialog, `lectern export --all --format archive --out`). Shell only. */
  'library.exportArchiveTo': method(v.object({ path: v.pipe(v.string(), v.minLength(1)) }), returns<{ path: string; sizeBytes: number }>()),
} as const;
