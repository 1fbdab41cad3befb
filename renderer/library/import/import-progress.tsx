/**
 * "Importing 3 of 12 — name", the phase of the file in hand below: one bar for runs started here or by the shell
 * (File › Open, the CLI), shown only once a run has taken longer than a moment (import-progress-view).
 */
import { ProgressBanner } from '../../ui/progress-banner.tsx';
import { appImport, shellImport } from './import-queue.ts';
import { importProgressLines } from './import-progress-wording.ts';

export function ImportProgressBar() {
  const shown = appImport.shown.value ?? shellImport.shown.value;
  if (!shown || shown.total <= 0) return null;
  const lines = importProgressLines(shown);
  return (
    <ProgressBanner
      testId="import-progress"
      class={shown.finished ? 'import-progress-finished' : undefined}
      label="Import progress"
      count={lines.count}
      current={lines.current}
      detail={
        lines.detail && (
          <>
            {lines.detail}
            {/* The bytes change many times a second; a screen reader hears the phase, not every megabyte. */}
            {lines.bytes && <span aria-hidden="true">{lines.bytes}</span>}
          </>
        )
      }
      done={Math.round(lines.fraction * 100)}
      total={100}
      workingTo={lines.phaseEnds}
    />
  );
}
