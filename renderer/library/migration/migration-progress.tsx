/**
 * The progress banner (ui/progress-banner) while moving in or out: reading an export, importing it phase by
 * phase from 'migration.progress', or packing the library archive. Without a total, the bar breathes.
 */
import { ProgressBanner } from '../../ui/progress-banner.tsx';
import { exportingLibrary } from './export-library.ts';
import { migrationStage } from './migration-store.ts';
import { progressLine, serviceName } from './migration-wording.ts';

export function MigrationProgressBar() {
  const stage = migrationStage.value;
  if (stage.kind === 'reading' || stage.kind === 'running') {
    const progress = stage.progress;
    const name = stage.kind === 'reading' ? stage.fileName : `from ${serviceName(stage.preview.format)}`;
    const fallback = stage.kind === 'reading' ? 'Reading the export' : 'Importing';
    return (
      <ProgressBanner
        testId="migration-progress"
        label={stage.kind === 'reading' ? 'Reading the export' : 'Import progress'}
        count={progress ? progressLine(progress.phase, progress.done, progress.total) : fallback}
        current={name}
        done={progress?.done ?? 0}
        total={progress?.total ?? 0}
        indeterminate={!progress || progress.total <= 0}
      />
    );
  }
  if (exportingLibrary.value) {
    return <ProgressBanner testId="migration-progress" label="Exporting the library" count="Packing the library into one archive" current={null} done={0} total={0} indeterminate />;
  }
  return null;
}
