/**
 * Background downloads as the window sees them: the queue's status (downloads.status, then every
 * 'downloads.changed'), and pause, resume and retry. Articles that wait or failed carry their own state
 * (ArticleSummary.download), so rows and the reader need nothing from here but the actions.
 */
import { signal } from '@preact/signals';
import type { Result } from '../../../electron/shared/errors.ts';
import type { DownloadStatus } from '../../../electron/shared/models-migration.ts';
import { call } from '../../api/client.ts';
import { showToast } from '../../ui/toast-store.ts';
import { refreshSoon } from '../library-store.ts';

/** The queue's last known status; null until core has answered. */
export const downloadStatus = signal<DownloadStatus | null>(null);
/** A pause, resume or retry is on its way to core: its button waits. */
export const downloadsBusy = signal(false);

/** Asks core for the queue's status (at start, after a restore). */
export async function refreshDownloads(): Promise<void> {
  const result = await call('downloads.status', {});
  if (result.ok) downloadStatus.value = result.value;
}

/** A 'downloads.changed' event. */
export function applyDownloadStatus(status: DownloadStatus): void {
  downloadStatus.value = status;
}

async function change(request: () => Promise<Result<DownloadStatus>>, failure: string): Promise<boolean> {
  downloadsBusy.value = true;
  const result = await request();
  downloadsBusy.value = false;
  if (!result.ok) {
    showToast(`${failure}: ${result.message}`, { tone: 'error' });
    return false;
  }
  downloadStatus.value = result.value;
  return true;
}

export function pauseDownloads(): Promise<boolean> {
  return change(() => call('downloads.pause', {}), 'Could not pause the downloads');
}

export function resumeDownloads(): Promise<boolean> {
  return change(() => call('downloads.resume', {}), 'Could not resume the downloads');
}

/** Puts these articles (or every failed one) back in the queue; their rows change from "failed" to "waiting". */
export async function retryDownloads(ids?: string[]): Promise<boolean> {
  const ok = await change(() => call('downloads.retry', ids ? { ids } : {}), 'Could not retry the download');
  if (ok) refreshSoon();
  return ok;
}
