/**
 * Report… of a finished import: every entry that was skipped or failed, with where it was in the export and
 * why, "Save report" for the CSV core writes (migration.reportFile), handed over as a file, and Undo while
 * core says nothing the import brought has been changed (after a restart too: migration.lastReport).
 */
import type { ImportReport } from '../../../electron/shared/models-migration.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { saveReport, shownReport, undoImport } from './import-announce.ts';
import { counted, serviceName, summaryMessage } from './migration-wording.ts';
import { SkippedLine } from './preview-dialog.tsx';
import './migration-dialogs.css';

/** A long report is listed in part; the saved file has every line. */
const SHOWN_LINES = 200;

export function ReportDialog() {
  const report = shownReport.value;
  const close = () => (shownReport.value = null);
  return (
    <Dialog open={report !== null} onClose={close} title="Import report" class="migration-dialog migration-report">
      {report && <ReportBody report={report} close={close} />}
    </Dialog>
  );
}

function Section({ title, lines }: { title: string; lines: ImportReport['skipped'] }) {
  if (lines.length === 0) return null;
  return (
    <section class="migration-report-section">
      <h3 class="migration-subtitle">{title}</h3>
      <ul class="migration-report-list">
        {lines.slice(0, SHOWN_LINES).map((line, i) => (
          <SkippedLine key={i} line={line} />
        ))}
      </ul>
      {lines.length > SHOWN_LINES && <p class="migration-more">…and {counted(lines.length - SHOWN_LINES, 'more entry', 'more entries')}: the saved report lists them all.</p>}
    </section>
  );
}

function ReportBody({ report, close }: { report: ImportReport; close: () => void }) {
  const nothingMissed = report.skipped.length + report.failed.length === 0;
  return (
    <div class="migration-form" data-testid="migration-report">
      <p class="migration-source">
        <span class="migration-file">{report.fileName}</span>
        <span class="migration-format">from {serviceName(report.format)}</span>
      </p>
      <p class="migration-report-summary">{summaryMessage(report)}.</p>
      {report.highlightsWaiting > 0 && (
        <p class="migration-report-note">
          {counted(report.highlightsWaiting, 'highlight')} will be placed when their articles have been downloaded.
        </p>
      )}
      {nothingMissed && <p class="migration-report-note">Everything in the file was imported.</p>}
      <Section title={`Failed (${report.failed.length})`} lines={report.failed} />
      <Section title={`Skipped (${report.skipped.length})`} lines={report.skipped} />
      <div class="dialog-actions">
        {report.undoable && (
          <button type="button" class="btn" onClick={() => void undoImport(report)}>
            Undo import
          </button>
        )}
        <button type="button" class="btn" onClick={close}>
          Close
        </button>
        <button type="button" class="btn btn-primary" data-autofocus onClick={() => void saveReport(report)}>
          Save report
        </button>
      </div>
    </div>
  );
}
