/** Core's events keep the list fresh, its progress bars current and the import bar moving, whoever caused the change. */
import { onEvent } from '../api/client.ts';
import { applyProgress, applySearchProgress, refreshSoon } from '../library/library-store.ts';
import { onShellImportFinished, onShellImportProgress } from '../library/import/import-queue.ts';

export function installCoreEvents(): () => void {
  return onEvent((event) => {
    if (event.name === 'library.changed') refreshSoon();
    else if (event.name === 'progress.changed') applyProgress(event.payload);
    else if (event.name === 'import.progress') onShellImportProgress(event.payload);
    else if (event.name === 'import.finished') onShellImportFinished(event.payload);
    else if (event.name === 'search.progress') applySearchProgress(event.payload);
  });
}
