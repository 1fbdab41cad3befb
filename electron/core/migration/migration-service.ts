/**
 * Imports of other services' exports, for one open library: a preview that counts what a file holds
 * (nothing written), the run that writes it, Undo of a whole import, and its report as a file. The last few
 * imports are kept on disk (import-history.ts), so Undo and the report survive a restart, a file imported
 * before is recognised, and one a crash stopped is finished by importing it again.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_IMPORT_UPLOAD_BYTES } from '../../shared/contract-migration.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { ImportPreview, ImportReport } from '../../shared/models-migration.ts';
import { formatByteSize } from '../../shared/byte-size.ts';
import { asCoreError, CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import { detectFormat, KNOWN_EXPORTS_SENTENCE } from './format-registry.ts';
import { fileFingerprint } from './file-fingerprint.ts';
import { ImportHistory } from './import-history.ts';
import { readPlan, type ImportPlan } from './import-plan.ts';
import { importReport, reportCsv } from './import-report.ts';
import { writePlan, type ImportJournal, type ImportTarget } from './import-writer.ts';
import { openBundle, type OpenedBundle } from './open-bundle.ts';
import { previewOf } from './preview-counts.ts';
import { isUndoable, undoImport } from './undo-import.ts';
import { ImportFormatError } from './sources/import-format-error.ts';
import type { ArchiveService } from './archive/archive-service.ts';
import { archivePreview, journalOfRestore } from './archive-import.ts';

interface MigrationServiceOptions extends ImportTarget {
  /** Lectern's own archives are restored, not read as items: ids, selectors and anchors come back as they were. */
  archive: Pick<ArchiveService, 'isArchive' | 'preview' | 'restore'>;
  dataDir: string;
  emit: Emit<'migration.progress' | 'migration.previewed' | 'migration.finished' | 'library.changed'>;
  /** Queues links (and texts whose pictures wait) for the background downloads; the CLI's `lectern fetch` drives them itself. */
  enqueueDownloads(ids: readonly string[]): void;
}

interface PendingImport {
  /** null for a Lectern archive. */
  plan: ImportPlan | null;
  preview: ImportPreview;
  bundle: OpenedBundle;
  fingerprint: string;
  /** An earlier import of this file that a crash stopped: this one finishes it. */
  resumes: string | null;
  /** The folder an upload was written to, removed when the import ends. */
  uploadDir: string | null;
}

/** A file name safe to write in the imports folder: the last path part, no control or separator characters. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'export';
  // oxlint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').slice(0, 200) || 'export';
}

export class MigrationService {
  readonly #options: MigrationServiceOptions;
  readonly #history: ImportHistory;
  readonly #pending = new Map<string, PendingImport>();
  readonly #finished = new Map<string, { report: ImportReport; journal: ImportJournal }>();

  constructor(options: MigrationServiceOptions) {
    this.#options = options;
    this.#history = new ImportHistory(options.dataDir);
  }

  /** Previews a file the window sent as bytes: written to the import's folder first, then read from there. */
  async previewUpload(name: string, dataBase64: string): Promise<ImportPreview> {
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.length > MAX_IMPORT_UPLOAD_BYTES) {
      throw new CoreError(ErrorCode.fileTooLarge, `${name} is ${formatByteSize(bytes.length)}; the window can send up to ${formatByteSize(MAX_IMPORT_UPLOAD_BYTES)}. Import larger files with \`lectern import\`.`);
    }
    const importId = randomUUID();
    const dir = join(this.#history.folder(importId), 'upload');
    await mkdir(dir, { recursive: true });
    const path = join(dir, safeFileName(name));
    await writeFile(path, bytes);
    try {
      return await this.#preview(importId, path, dir);
    } catch (error) {
      await this.#history.forget(importId);
      throw error;
    }
  }

  /** Previews a file the shell knows by path; with show, the window follows it through 'migration.previewed'. */
  async previewPath(path: string, options: { show?: boolean } = {}): Promise<ImportPreview> {
    if (!options.show) return this.#preview(randomUUID(), path, null);
    const fileName = basename(path);
    this.#options.emit('migration.previewed', { fileName, state: 'reading' });
    try {
      const preview = await this.#preview(randomUUID(), path, null);
      this.#options.emit('migration.previewed', { fileName, state: 'ready', preview });
      return preview;
    } catch (error) {
      this.#options.emit('migration.previewed', { fileName, state: 'failed', message: asCoreError(error, `preview ${fileName}`).message });
      throw error;
    }
  }

  async #preview(importId: string, path: string, uploadDir: string | null): Promise<ImportPreview> {
    const bundle = await openBundle(path);
    try {
      const fingerprint = await fileFingerprint(path);
      const earlier = await this.#history.earlier(fingerprint);
      const importedBefore = earlier && { at: earlier.startedAt, finished: earlier.state === 'finished' };
      const resumes = earlier?.state === 'running' ? earlier.importId : null;
      if (await this.#options.archive.isArchive(bundle)) {
        const preview = { ...archivePreview(importId, bundle.name, await this.#options.archive.preview(bundle)), importedBefore };
        this.#pending.set(importId, { plan: null, preview, bundle, fingerprint, resumes, uploadDir });
        return preview;
      }
      const reader = await detectFormat(bundle);
      if (reader === null) throw new ImportFormatError(`${bundle.name} is not an export Lectern recognises. ${KNOWN_EXPORTS_SENTENCE} To add a single article from a file, use Add Files (Ctrl+O) instead.`);
      const plan = await readPlan(reader, bundle, (done) => this.#options.emit('migration.progress', { importId, phase: 'reading', done, total: 0 }));
      const preview = { ...previewOf(importId, bundle.name, plan, this.#options), importedBefore };
      this.#pending.set(importId, { plan, preview, bundle, fingerprint, resumes, uploadDir });
      return preview;
    } catch (error) {
      bundle.close();
      throw error;
    }
  }

  /** Writes a previewed import into the library and queues its links and pictures for download (unless fetch is false). */
  async run(importId: string, options: { fetch: boolean }): Promise<ImportReport> {
    const pending = this.#pending.get(importId);
    if (pending === undefined) throw new CoreError(ErrorCode.notFound, `No import ${importId} is waiting. Choose the file again.`);
    this.#pending.delete(importId);
    const { plan, preview, bundle, fingerprint, resumes } = pending;
    const entry = { importId, fileName: preview.fileName, fingerprint, startedAt: new Date().toISOString() };
    try {
      await this.#history.started(entry);
      const journal = plan
        ? await writePlan(plan, this.#options, importId, { fetch: options.fetch, sourceName: bundle.name, fingerprint, resume: resumes !== null })
        : journalOfRestore(await this.#options.archive.restore(bundle), this.#options.library);
      const queued = [...journal.links, ...journal.images];
      if (options.fetch && queued.length > 0) this.#options.enqueueDownloads(queued);
      const report = importReport(preview, { startedAt: entry.startedAt, fetch: options.fetch }, journal, plan?.skipped ?? journal.skipped);
      this.#finished.set(importId, { report, journal });
      await this.#history.finished(entry, report, journal, new Set(this.#pending.keys()));
      if (resumes !== null) await this.#history.forget(resumes); // its articles are this import's now
      this.#options.emit('migration.finished', report);
      return report;
    } finally {
      bundle.close();
      if (pending.uploadDir !== null) await rm(pending.uploadDir, { recursive: true, force: true });
    }
  }

  /** Forgets a preview that will not be imported, and its uploaded file. */
  async discard(importId: string): Promise<{ discarded: boolean }> {
    const pending = this.#pending.get(importId);
    if (pending === undefined) return { discarded: false };
    this.#pending.delete(importId);
    pending.bundle.close();
    if (pending.uploadDir !== null) await this.#history.forget(importId);
    return { discarded: true };
  }

  /** A finished import, from this session or from disk; null once it is no longer kept. */
  async #finishedImport(importId: string): Promise<{ report: ImportReport; journal: ImportJournal } | null> {
    return this.#finished.get(importId) ?? (await this.#history.load(importId));
  }

  /** Takes a whole import back, refused once anything it brought has been changed. */
  async undo(importId: string): Promise<{ removed: number }> {
    const finished = await this.#finishedImport(importId);
    if (finished === null) throw new CoreError(ErrorCode.notFound, 'That import cannot be undone any more: it was already undone, or it is older than the last five imports.');
    const removed = await undoImport(finished.journal, this.#options);
    this.#finished.delete(importId);
    await this.#history.forget(importId);
    this.#options.emit('library.changed', { ids: [...finished.journal.added, ...finished.journal.enriched.map((e) => e.before.id)] });
    return { removed };
  }

  /** The newest finished import's report, with whether Undo can still take it back; null when none is kept. */
  async lastReport(): Promise<ImportReport | null> {
    const newest = (await this.#history.entries()).find((entry) => entry.state === 'finished');
    const finished = newest ? await this.#finishedImport(newest.importId) : null;
    return finished && { ...finished.report, undoable: isUndoable(finished.journal, this.#options) };
  }

  /** The report as CSV: every skipped and failed entry with where it was and why. */
  async reportFile(importId: string): Promise<{ fileName: string; content: string }> {
    const finished = await this.#finishedImport(importId);
    if (finished === null) throw new CoreError(ErrorCode.notFound, 'The report of that import is no longer kept: Lectern keeps the reports of the last five imports.');
    return reportCsv(finished.report);
  }

  /** Closes what previews hold open (zip files) and removes their uploads. */
  async dispose(): Promise<void> {
    for (const importId of this.#pending.keys()) await this.discard(importId);
  }
}
