/**
 * Wires moving in and out into the running app: core's import and download events, the queue's status at
 * start, and the palette commands (no single-letter keys: these are rare acts, found by name).
 */
import { call, onEvent } from '../../api/client.ts';
import { registerShortcuts } from '../../app/shortcuts.ts';
import { showToast } from '../../ui/toast-store.ts';
import { applyDownloadStatus, downloadStatus, pauseDownloads, refreshDownloads, resumeDownloads, retryDownloads } from './download-store.ts';
import { downloadsLeft } from './download-wording.ts';
import { exportLibrary } from './export-library.ts';
import { announceImport, lastReport, shownReport } from './import-announce.ts';
import { openImportChooser } from './import-chooser-dialog.tsx';
import { onMigrationProgress, onShellPreview } from './migration-store.ts';

function pauseOrResume(): void {
  const status = downloadStatus.value;
  if (!status || downloadsLeft(status) === 0) showToast('No articles are waiting to be downloaded.');
  else void (status.paused ? resumeDownloads() : pauseDownloads());
}

/** The newest import's report as core keeps it (across restarts, with whether Undo still can), else this window's. */
async function showLastReport(): Promise<void> {
  const kept = await call('migration.lastReport', {});
  const report = kept.ok && kept.value ? kept.value : lastReport.value;
  if (report) shownReport.value = lastReport.value = report;
  else showToast('No import is on record: Lectern keeps the reports of the last five imports.');
}

/** Installs the events and palette commands; returns one cleanup for all. */
export function installMigration(): () => void {
  void refreshDownloads();
  const stopEvents = onEvent((event) => {
    if (event.name === 'migration.progress') onMigrationProgress(event.payload);
    else if (event.name === 'migration.previewed') onShellPreview(event.payload);
    else if (event.name === 'migration.finished') announceImport(event.payload);
    else if (event.name === 'downloads.changed') applyDownloadStatus(event.payload);
  });
  const stopCommands = registerShortcuts('global', [
    { keys: [], description: 'Import from Pocket, Instapaper, Omnivore…', run: openImportChooser },
    { keys: [], description: 'Export the whole library as an archive', run: () => void exportLibrary() },
    { keys: [], description: 'Show the report of the last import', run: () => void showLastReport() },
    { keys: [], description: 'Pause or resume background downloads', run: pauseOrResume },
    { keys: [], description: 'Retry failed downloads', run: () => void retryDownloads() },
  ]);
  return () => {
    stopEvents();
    stopCommands();
  };
}
