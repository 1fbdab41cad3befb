/**
 * Imports of other services' exports, for one open library: a preview that counts what a file holds
 * (nothing written), the run that writes it, Undo of a whole import, and its report as a file.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_IMPORT_UPLOAD_BYTES } from '../../shared/contract-migration.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { ImportPreview, ImportReport } from '../../shared/models-migration.ts';
import { formatByteSize } from '../../shared/byte-size.ts';
import { CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import { detectFormat, KNOWN_EXPORTS_SENTENCE } from './format-registry.ts';
import { readPlan, type ImportPlan } from './import-plan.ts';
import { reportCsv } from './import-report.ts';
import { writePlan, type ImportJournal, type ImportTarget } from './import-writer.ts';
import { openBundle, type OpenedBundle } from './open-bundle.ts';
import { previewOf } from './preview-counts.ts';
import { undoImport } from './undo-import.ts';
import { ImportFormatError } from './sources/import-format-error.ts';
import type { ArchiveService } from './archive/archive-service.ts';
import { archivePreview, journalOfRestore } from './archive-import.ts';

interface MigrationServiceOptions extends ImportTarget {
  /** Lectern's own archives are restored, not read as items: ids, selectors and anchors come back as they were. */
  archive: Pick<ArchiveService, 'isArchive' | 'preview' | 'restore'>;
  dataDir: string;
  emit: Emit<'migration.progress' | 'migration.finished' | 'library.changed'>;
  /** Queues links for the background downloads (the app); the CLI's `lectern fetch` drives them itself. */
  enqueueDownloads(ids: readonly string[]): void;
}

interface PendingImport {
  /** null for a Lectern archive. */
  plan: ImportPlan | null;
  preview: ImportPreview;
  bundle: OpenedBundle;
  /** The folder an upload was written to, removed when the import ends. */
  uploadDir: string | null;
}

interface FinishedImport {
  report: ImportReport;
  journal: ImportJournal;
}

function importNotFound(importId: string): CoreError {
  return new CoreError(ErrorCode.notFound, `No import ${importId} is waiting. Choose the file again.`);
}

/** A file name safe to write in the imports folder: the last path part, no control or separator characters. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'export';
  // oxlint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').slice(0, 200) || 'export';
}

export class MigrationService {
  readonly #options: MigrationServiceOptions;
  readonly #pending = new Map<string, PendingImport>();
  readonly #finished = new Map<string, FinishedImport>();

  constructor(options: MigrationServiceOptions) {
    this.#options = options;
  }

  /** Previews a file the window sent as bytes: written to the library's imports folder first, then read from there. */
  async previewUpload(name: string, dataBase64: string): Promise<ImportPreview> {
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.length > MAX_IMPORT_UPLOAD_BYTES) {
      throw new CoreError(ErrorCode.fileTooLarge, `${name} is ${formatByteSize(bytes.length)}; the window can send up to ${formatByteSize(MAX_IMPORT_UPLOAD_BYTES)}. Import larger files with \`lectern import\`.`);
    }
    const importId = randomUUID();
    const dir = join(this.#options.dataDir, 'imports', importId);
    await mkdir(dir, { recursive: true });
    const path = join(dir, safeFileName(name));
    await writeFile(path, bytes);
    try {
      return await this.#preview(importId, path, dir);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Previews a file the shell knows by path. */
  async previewPath(path: string): Promise<ImportPreview> {
    return this.#preview(randomUUID(), path, null);
  }

  async #preview(importId: string, path: string, uploadDir: string | null): Promise<ImportPreview> {
    const bundle = await openBundle(path);
    try {
      if (await this.#options.archive.isArchive(bundle)) {
        const preview = archivePreview(importId, bundle.name, await this.#options.archive.preview(bundle));
        this.#pending.set(importId, { plan: null, preview, bundle, uploadDir });
        return preview;
      }
      const reader = await detectFormat(bundle);
      if (reader === null) throw new ImportFormatError(`${bundle.name} is not an export Lectern recognises. ${KNOWN_EXPORTS_SENTENCE} To add a single article from a file, use Add Files (Ctrl+O) instead.`);
      const plan = await readPlan(reader, bundle, (done) => this.#options.emit('migration.progress', { importId, phase: 'reading', done, total: 0 }));
      const preview = previewOf(importId, bundle.name, plan, this.#options);
      this.#pending.set(importId, { plan, preview, bundle, uploadDir });
      return preview;
    } catch (error) {
      bundle.close();
      throw error;
    }
  }

  /** Writes a previewed import into the library and queues its links for download (unless fetch is false). */
  async run(importId: string, options: { fetch: boolean }): Promise<ImportReport> {
    const pending = this.#pending.get(importId);
    if (pending === undefined) throw importNotFound(importId);
    this.#pending.delete(importId);
    const startedAt = new Date().toISOString();
    try {
      const journal = pending.plan
        ? await writePlan(pending.plan, this.#options, importId, { fetch: options.fetch, sourceName: pending.bundle.name })
        : journalOfRestore(await this.#options.archive.restore(pending.bundle), this.#options.library);
      if (options.fetch && journal.links.length > 0) this.#options.enqueueDownloads(journal.links);
      const { preview } = pending;
      const report: ImportReport = {
        importId,
        fileName: preview.fileName,
        format: preview.format,
        formatLabel: preview.formatLabel,
        startedAt,
        finishedAt: new Date().toISOString(),
        added: journal.added.length,
        enriched: journal.enriched.length,
        highlights: journal.highlights.length,
        highlightsWaiting: journal.highlightsWaiting,
        queuedForDownload: options.fetch ? journal.links.length : 0,
        skipped: (pending.plan?.skipped ?? journal.skipped).map(({ where, url, title, reason }) => ({ where, url, title, reason })),
        failed: journal.failed,
        undoable: journal.added.length + journal.enriched.length + journal.highlights.length > 0,
      };
      this.#finished.set(importId, { report, journal });
      this.#options.emit('migration.finished', report);
      return report;
    } finally {
      await this.#release(pending);
    }
  }

  /** Forgets a preview that will not be imported, and its uploaded file. */
  async discard(importId: string): Promise<{ discarded: boolean }> {
    const pending = this.#pending.get(importId);
    if (pending === undefined) return { discarded: false };
    this.#pending.delete(importId);
    await this.#release(pending);
    return { discarded: true };
  }

  async #release(pending: PendingImport): Promise<void> {
    pending.bundle.close();
    if (pending.uploadDir !== null) await rm(pending.uploadDir, { recursive: true, force: true });
  }

  /** Takes a whole import back, refused once anything it brought has been changed. */
  async undo(importId: string): Promise<{ removed: number }> {
    const finished = this.#finished.get(importId);
    if (finished === undefined) throw new CoreError(ErrorCode.notFound, 'That import cannot be undone any more: Lectern has been restarted since, or it was already undone.');
    const removed = await undoImport(finished.journal, this.#options);
    this.#finished.delete(importId);
    this.#options.emit('library.changed', { ids: [...finished.journal.added, ...finished.journal.enriched.map((e) => e.before.id)] });
    return { removed };
  }

  /** The report as CSV: every skipped and failed entry with where it was and why. */
  async reportFile(importId: string): Promise<{ fileName: string; content: string }> {
    const finished = this.#finished.get(importId);
    if (finished === undefined) throw new CoreError(ErrorCode.notFound, 'The report of that import is no longer kept: Lectern has been restarted since.');
    return reportCsv(finished.report);
  }

  /** Closes what previews hold open (zip files) and removes their uploads. */
  async dispose(): Promise<void> {
    for (const pending of this.#pending.values()) await this.#release(pending);
    this.#pending.clear();
  }
}
