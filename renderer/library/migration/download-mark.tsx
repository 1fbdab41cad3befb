/**
 * How a row shows an article whose text is not here: a quiet "Not downloaded yet" with the address in place of
 * the excerpt, or "Download failed" with the reason there and a Retry among the row's actions (downloads.retry).
 */
import type { ArticleDownload } from '../../../electron/shared/models-migration.ts';
import type { ArticleSummary } from '../../../electron/shared/models.ts';
import { shortAddress } from '../../../electron/shared/web-address.ts';
import { AlertIcon } from '../../ui/icons.tsx';
import { RetryIcon } from '../../web-capture/link-icons.tsx';
import { CloudDownloadIcon } from './download-icons.tsx';
import { retryDownloads } from './download-store.ts';
import './downloads.css';

/** The marker beside the meta line. */
export function DownloadMark({ download }: { download: ArticleDownload }) {
  if (download.state !== 'failed') {
    return (
      <span class="marker download-mark" data-testid="download-mark">
        <CloudDownloadIcon />
        {download.state === 'held' ? 'Not downloaded' : 'Not downloaded yet'}
      </span>
    );
  }
  return (
    <span class="marker download-mark download-mark-failed" data-testid="download-mark" title={download.error?.message}>
      <AlertIcon />
      Download failed
    </span>
  );
}

/** Where the excerpt would be: why the download failed, or the address the text will come from. */
export function DownloadExcerpt({ article }: { article: ArticleSummary }) {
  const download = article.download;
  if (download?.state === 'failed') {
    return <span class="row-excerpt download-problem">Download failed: {download.error?.message ?? 'Lectern could not fetch the page.'}</span>;
  }
  if (!download || article.source.kind !== 'url') return null;
  return <span class="row-excerpt download-address">{shortAddress(article.source.value, 96)}</span>;
}

/** Retry among the row's actions, for a failed download only. */
export function RetryDownloadButton({ article }: { article: ArticleSummary }) {
  if (article.download?.state !== 'failed') return null;
  return (
    <button
      type="button"
      class="icon-btn"
      aria-label={`Retry downloading “${article.title}”`}
      title="Retry the download"
      onClick={() => void retryDownloads([article.id])}
    >
      <RetryIcon />
    </button>
  );
}
