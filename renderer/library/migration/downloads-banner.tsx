/**
 * A slim card above the list while articles are downloaded in the background: "Downloading articles: 1,234
 * left · 40/min · about 30 min", a thin bar, Pause or Resume, and Retry when some failed. Follows
 * 'downloads.changed'. When only failures are left it can be hidden until the next change of the queue.
 */
import { useState } from 'preact/hooks';
import { CloseIcon } from '../../ui/icons.tsx';
import { CloudDownloadIcon } from './download-icons.tsx';
import { downloadStatus, downloadsBusy, pauseDownloads, resumeDownloads, retryDownloads } from './download-store.ts';
import { downloadsLeft, downloadsLine } from './download-wording.ts';
import './downloads.css';

export function DownloadsBanner() {
  const status = downloadStatus.value;
  const [hiddenFailures, setHiddenFailures] = useState<number | null>(null);
  const line = status ? downloadsLine(status) : null;
  if (!status || !line) return null;
  const left = downloadsLeft(status);
  if (left === 0 && hiddenFailures === status.failed) return null;
  const all = status.done + left + status.failed;
  const fraction = all > 0 ? status.done / all : 0;
  const busy = downloadsBusy.value;
  return (
    <section class={`list-card downloads-banner${left === 0 ? ' is-failed-only' : ''}`} aria-label="Background downloads" data-testid="downloads-banner">
      <div class="downloads-row">
        <CloudDownloadIcon class="downloads-icon" />
        <p class="downloads-line">{line}</p>
        {left > 0 &&
          (status.paused ? (
            <button type="button" class="btn btn-quiet downloads-action" disabled={busy} onClick={() => void resumeDownloads()}>
              Resume
            </button>
          ) : (
            <button type="button" class="btn btn-quiet downloads-action" disabled={busy} onClick={() => void pauseDownloads()}>
              Pause
            </button>
          ))}
        {status.failed > 0 && (
          <button type="button" class="btn btn-quiet downloads-action" disabled={busy} onClick={() => void retryDownloads()}>
            Retry failed
          </button>
        )}
        {left === 0 && (
          <button type="button" class="icon-btn" aria-label="Hide the failed downloads notice" onClick={() => setHiddenFailures(status.failed)}>
            <CloseIcon />
          </button>
        )}
      </div>
      {left > 0 && (
        <div
          class={`downloads-track${status.paused ? ' is-paused' : ''}`}
          role="progressbar"
          aria-label="Articles downloaded"
          aria-valuemin={0}
          aria-valuemax={all}
          aria-valuenow={status.done}
        >
          <span class="downloads-fill" style={{ transform: `scaleX(${fraction})` }} />
        </div>
      )}
    </section>
  );
}
