import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportBundle } from '../sources/import-bundle.ts';
import { appVersion } from './app-version.ts';
import { isLecternArchive } from './archive-format.ts';
import { previewArchive, type ArchivePreview } from './archive-preview.ts';
import { restoreArchive, type ArchiveTarget, type RestoreResult } from './archive-restore.ts';
import { writeArchive } from './archive-writer.ts';
import { exportsFolder, freshExportName, pruneExports } from './export-folder.ts';

interface ArchiveServiceOptions {
  dataDir: string;
  /** Writes what every database file has pending, so an archive holds one moment of the library. */
  flush: () => Promise<void>;
  /** The open library's parts a restore merges into. */
  target: ArchiveTarget;
}

/**
 * The whole library in one archive, and back: export for the window (a download) or to a path (the save
 * dialog, the CLI), and the preview and restore the import pipeline uses for a bundle that is an archive.
 */
export class ArchiveService {
  readonly #options: ArchiveServiceOptions;
  /** Exports run one at a time: two at once would race for the same name and double the disk work. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: ArchiveServiceOptions) {
    this.#options = options;
  }

  #oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #write(path: string): Promise<{ path: string; sizeBytes: number }> {
    await this.#options.flush();
    return writeArchive(this.#options.dataDir, path, await appVersion());
  }

  /** Writes the archive into the library's exports folder; the window downloads it from `url`. */
  exportForWindow(): Promise<{ fileName: string; url: string; sizeBytes: number }> {
    return this.#oneAtATime(async () => {
      const { dataDir } = this.#options;
      await mkdir(exportsFolder(dataDir), { recursive: true });
      const fileName = await freshExportName(dataDir);
      const { sizeBytes } = await this.#write(join(exportsFolder(dataDir), fileName));
      await pruneExports(dataDir, fileName);
      return { fileName, url: `/exports/${encodeURIComponent(fileName)}`, sizeBytes };
    });
  }

  /** Writes the archive at a path the shell chose, replacing the file there only once the archive is whole. */
  exportTo(path: string): Promise<{ path: string; sizeBytes: number }> {
    return this.#oneAtATime(() => this.#write(path));
  }

  /** True when the bundle is a Lectern archive (a zip with Lectern's manifest). */
  isArchive(bundle: ImportBundle): Promise<boolean> {
    return isLecternArchive(bundle);
  }

  /** What restoring the archive would add to this library; nothing is written. */
  preview(bundle: ImportBundle): Promise<ArchivePreview> {
    return previewArchive(bundle, this.#options.target);
  }

  /** Merges the archive into this library (archive-restore.ts). */
  restore(bundle: ImportBundle): Promise<RestoreResult> {
    return restoreArchive(bundle, this.#options.target);
  }
}
