/** "Importing 3 of 12 — name": one bar for runs started here or by the shell (File › Open, the CLI). */
import { ProgressBanner } from '../../ui/progress-banner.tsx';
import { appImport, shellImport } from './import-queue.ts';

export function ImportProgressBar() {
  const progress = appImport.value ?? shellImport.value;
  if (!progress || progress.total <= 0) return null;
  const position = Math.min(progress.total, progress.done + 1);
  return (
    <ProgressBanner
      testId="import-progress"
      label="Import progress"
      count={`Importing ${position} of ${progress.total}`}
      current={progress.current}
      done={progress.done}
      total={progress.total}
    />
  );
}
