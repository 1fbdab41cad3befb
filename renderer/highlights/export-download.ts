/**
 * "Export notes & highlights": core writes the file's content, the renderer hands it over as a download. An
 * <a download> on a Blob URL works in Electron (it asks where to save) and in the browser shell alike.
 */
import { call } from '../api/client.ts';
import type { ExportFormat } from '../../electron/shared/vocabularies.ts';
import { showToast } from '../ui/toast-store.ts';
import { downloadText } from '../ui/file-download.ts';

/** The exports the reader offers as downloads (JSON is for scripts, through the CLI). */
export const DOWNLOAD_FORMATS = ['markdown', 'annotations'] as const satisfies readonly ExportFormat[];
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

const MIME: Record<DownloadFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  annotations: 'application/ld+json;charset=utf-8',
};

export const EXPORT_LABELS: Record<DownloadFormat, string> = {
  markdown: 'Export notes & highlights as Markdown',
  annotations: 'Export notes & highlights as Web Annotations (JSON-LD)',
};

export async function exportArticleNotes(articleId: string, format: DownloadFormat): Promise<void> {
  const result = await call('articles.export', { id: articleId, format });
  if (!result.ok) {
    showToast(`The export failed: ${result.message}`, { tone: 'error' });
    return;
  }
  downloadText(result.value.fileName, result.value.content, MIME[format]);
  showToast(`Exported ${result.value.fileName}.`, { tone: 'success' });
}
