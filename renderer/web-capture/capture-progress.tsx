/**
 * "Saving 2 of 5 — example.com/…": the bar for links being saved, driven by core's 'capture.progress'.
 * It reuses the import bar's place and look (bottom centre, toasts step up above it). The space before
 * the dash is non-breaking because the line is a flex row, which drops a leading plain space.
 */
import { captureProgress } from './capture-store.ts';
import { shortUrl } from './url-list.ts';

export function CaptureProgressBar() {
  const progress = captureProgress.value;
  if (!progress || progress.total <= 0) return null;
  const position = Math.min(progress.total, progress.done + 1);
  const fraction = progress.done / progress.total;
  const count = progress.total === 1 ? 'Saving' : `Saving ${position} of ${progress.total}`;
  return (
    <div class="import-progress capture-progress" role="status" data-testid="capture-progress">
      <div class="import-progress-text">
        <span class="import-progress-count">{count}</span>
        {progress.current && <span class="import-progress-name">{`\u00a0— ${shortUrl(progress.current)}`}</span>}
      </div>
      <div
        class="import-progress-track"
        role="progressbar"
        aria-label="Saving links"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
      >
        <span class={`import-progress-fill${progress.total === 1 ? ' capture-progress-indeterminate' : ''}`} style={{ transform: progress.total === 1 ? undefined : `scaleX(${fraction})` }} />
      </div>
    </div>
  );
}
