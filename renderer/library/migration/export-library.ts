/**
 * Moving out: File › Export Library… and the palette. Core packs the whole library into one archive and
 * answers with its address; an <a download> hands it over (Electron asks where to save it, a browser puts it
 * in its downloads), and a toast says what it holds and where it went.
 */
import { signal } from '@preact/signals';
import { formatByteSize } from '../../../electron/shared/byte-size.ts';
import { call } from '../../api/client.ts';
import { getBridge } from '../../api/bridge.ts';
import { downloadUrl } from '../../ui/file-download.ts';
import { showToast } from '../../ui/toast-store.ts';

/** True while core is packing the archive; the progress banner says so. */
export const exportingLibrary = signal(false);

/** Exports the whole library as an archive download. */
export async function exportLibrary(): Promise<void> {
  if (exportingLibrary.value) return;
  exportingLibrary.value = true;
  const result = await call('library.exportArchive', {});
  exportingLibrary.value = false;
  if (!result.ok) {
    showToast(`Could not export the library: ${result.message}`, { tone: 'error' });
    return;
  }
  const { fileName, url, sizeBytes } = result.value;
  downloadUrl(url, fileName);
  const where = getBridge().shell === 'electron' ? 'Choose where to keep it in the save dialog.' : 'Look for it in your downloads.';
  showToast(`Exported the library as ${fileName} (${formatByteSize(sizeBytes)}): every article, highlight, note and setting. ${where}`, {
    tone: 'success',
    durationMs: 12_000,
  });
}
