/**
 * File › Import from Another App… in Electron. A menu click carries no user gesture into the page, and an
 * export the window reads is capped at 256 MB, so main shows the native open dialog and core previews the
 * chosen file by its path. Main shows nothing else: core's 'migration.previewed' events bring the file being
 * read, then its preview (or why it cannot be imported), to the window, which opens its preview dialog.
 */
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { Core } from '../core/core-types.ts';
import { EXPORT_FILE_EXTENSIONS } from '../shared/contract-migration.ts';

/** The native dialog: one export, the kinds services give (a .zip, .csv, .json or bookmarks .html), or any file. */
const IMPORT_DIALOG_OPTIONS: OpenDialogOptions = {
  title: 'Import from another app',
  buttonLabel: 'Preview import',
  properties: ['openFile'],
  filters: [
    { name: 'Exports from other apps', extensions: [...EXPORT_FILE_EXTENSIONS] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** Asks for an export in the native dialog and has core preview it for the window; nothing when cancelled. */
export async function importFromAnotherApp(
  showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>,
  core: Pick<Core, 'dispatch'>,
): Promise<void> {
  const { canceled, filePaths } = await showOpenDialog(IMPORT_DIALOG_OPTIONS);
  const [path] = filePaths;
  if (canceled || path === undefined) return;
  const result = await core.dispatch('migration.previewPath', { path, show: true });
  // The window was told why already (a 'failed' event); the log keeps it for a bug report.
  if (!result.ok) console.error(`Lectern: ${path} could not be previewed: ${result.message}`);
}
