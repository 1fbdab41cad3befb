/** "Importing 3 of 12 — name": one bar for runs started here or by the shell (File › Open, the CLI). */
import { appImport, shellImport } from './import-queue.ts';

export function ImportProgressBar() {
  const progress = appImport.value ?? shellImport.value;
  if (!progress || progress.total <= 0) return null;
  const position = Math.min(progress.total, progress.done + 1);
  const fraction = progress.done / progress.total;
  return (
    <div class="import-progress" role="status" data-testid="import-progress">
      <div class="import-progress-text">
        <span class="import-progress-count">
          Importing {position} of {progress.total}
        </span>
        {progress.current && <span class="import-progress-name">{` — ${progress.current}`}</span>}
      </div>
      <div
        class="import-progress-track"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
      >
        <span class="import-progress-fill" style={{ transform: `scaleX(${fraction})` }} />
      </div>
    </div>
  );
}
