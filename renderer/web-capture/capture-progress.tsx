/** "Saving 2 of 5 — example.com/…": the bar for links being saved, driven by core's 'capture.progress'. */
import { ProgressBanner } from '../ui/progress-banner.tsx';
import { captureProgress } from './capture-store.ts';
import { shortAddress } from '../../electron/shared/web-address.ts';

export function CaptureProgressBar() {
  const progress = captureProgress.value;
  if (!progress || progress.total <= 0) return null;
  const single = progress.total === 1;
  const position = Math.min(progress.total, progress.done + 1);
  return (
    <ProgressBanner
      testId="capture-progress"
      class="capture-progress"
      label="Saving links"
      count={single ? 'Saving' : `Saving ${position} of ${progress.total}`}
      current={progress.current ? shortAddress(progress.current) : null}
      done={progress.done}
      total={progress.total}
      indeterminate={single}
    />
  );
}
