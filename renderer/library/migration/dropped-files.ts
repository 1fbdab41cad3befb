/** Files dropped on the window: another app's exports go to the import preview, everything else to the article import. */
import { importFiles } from '../import/import-queue.ts';
import { splitDroppedFiles } from './export-file-kind.ts';
import { previewExports } from './migration-store.ts';

/** Sends each dropped file where it belongs. */
export async function importDroppedFiles(files: readonly File[]): Promise<void> {
  const { exports, articles } = await splitDroppedFiles(files);
  if (articles.length > 0) importFiles(articles);
  if (exports.length > 0) previewExports(exports);
}
