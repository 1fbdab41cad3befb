/**
 * The end of an import: one toast that sums it up, with Undo (the whole import) and Report… (what was
 * skipped or failed, and why), whether the answer to migration.run or 'migration.finished' arrives first.
 */
import { signal } from '@preact/signals';
import type { ImportReport } from '../../../electron/shared/models-migration.ts';
import { call } from '../../api/client.ts';
import { downloadText } from '../../ui/file-download.ts';
import { showToast } from '../../ui/toast-store.ts';
import { refreshSoon } from '../library-store.ts';
import { counted, serviceName, summaryMessage } from './migration-wording.ts';

/** The report of the last import in this window, for the palette's "Show the report of the last import". */
export const lastReport = signal<ImportReport | null>(null);
/** The report shown in the report dialog; null when it is closed. */
export const shownReport = signal<ImportReport | null>(null);

/** Long enough to read the sum of a big import and change one's mind. */
const SUMMARY_TOAST_MS = 20_000;
const announced = new Set<string>();

/** Says how an import ended, once per import. */
export function announceImport(report: ImportReport): void {
  if (announced.has(report.importId)) return;
  announced.add(report.importId);
  lastReport.value = report;
  refreshSoon(); // the list shows what arrived without waiting for core's word on it
  const notImported = report.skipped.length + report.failed.length;
  showToast(summaryMessage(report), {
    tone: report.added + report.enriched > 0 ? 'success' : 'info',
    durationMs: SUMMARY_TOAST_MS,
    ...(report.undoable ? { action: { label: 'Undo', run: () => undoImport(report) } } : {}),
    ...(notImported > 0 ? { secondary: { label: 'Report…', run: () => void (shownReport.value = report) } } : {}),
  });
}

/** Takes the whole import back; core refuses once anything it brought was changed, and says so. */
export async function undoImport(report: ImportReport): Promise<void> {
  const result = await call('migration.undo', { importId: report.importId });
  if (!result.ok) {
    showToast(`Could not undo the import from ${serviceName(report.format)}: ${result.message}`, { tone: 'error' });
    return;
  }
  if (lastReport.value?.importId === report.importId) lastReport.value = { ...report, undoable: false };
  if (shownReport.value?.importId === report.importId) shownReport.value = null;
  showToast(`Undid the import from ${serviceName(report.format)}: ${counted(result.value.removed, 'article')} removed`, { tone: 'success' });
}

/** "Save report": core writes the CSV of every skipped and failed entry, the window hands it over as a file. */
export async function saveReport(report: ImportReport): Promise<void> {
  const result = await call('migration.reportFile', { importId: report.importId });
  if (!result.ok) {
    showToast(`Could not save the report: ${result.message}`, { tone: 'error' });
    return;
  }
  downloadText(result.value.fileName, result.value.content, 'text/csv;charset=utf-8');
  showToast(`Saved the report as ${result.value.fileName}.`, { tone: 'success' });
}
