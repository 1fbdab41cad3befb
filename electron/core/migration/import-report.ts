/** An import's report: how it ended, and as a file people can open in a spreadsheet (one row per skipped or failed entry, with why). */
import type { ImportPreview, ImportReport, ImportReportLine } from '../../shared/models-migration.ts';
import type { ImportJournal } from './import-writer.ts';

/** The report of a finished import; skipped: the plan's (or, for an archive, the journal's) passed-over entries. */
export function importReport(preview: ImportPreview, run: { startedAt: string; fetch: boolean }, journal: ImportJournal, skipped: readonly ImportReportLine[]): ImportReport {
  return {
    importId: preview.importId,
    fileName: preview.fileName,
    format: preview.format,
    formatLabel: preview.formatLabel,
    startedAt: run.startedAt,
    finishedAt: new Date().toISOString(),
    added: journal.added.length,
    enriched: journal.enriched.length,
    highlights: journal.highlights.length,
    highlightsWaiting: journal.highlightsWaiting,
    queuedForDownload: run.fetch ? journal.links.length : 0,
    skipped: skipped.map(({ where, url, title, reason }) => ({ where, url, title, reason })),
    failed: journal.failed,
    undoable: journal.added.length + journal.enriched.length + journal.highlights.length > 0,
  };
}

function csvCell(value: string | null): string {
  const text = value ?? '';
  // A cell starting with = + - @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as CSV, named after the file and the day. */
export function reportCsv(report: ImportReport): { fileName: string; content: string } {
  const rows = [['outcome', 'where', 'title', 'url', 'reason']];
  for (const line of report.skipped) rows.push(['skipped', line.where, line.title ?? '', line.url ?? '', line.reason]);
  for (const line of report.failed) rows.push(['failed', line.where, line.title ?? '', line.url ?? '', line.reason]);
  const summary = `# ${report.formatLabel} ${report.fileName}: ${report.added} added, ${report.enriched} already in the library and enriched, ${report.highlights} highlights, ${report.skipped.length} skipped, ${report.failed.length} failed`;
  const content = [summary, ...rows.map((row) => row.map(csvCell).join(','))].join('\n') + '\n';
  const day = report.finishedAt.slice(0, 10);
  const base = report.fileName.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-').slice(0, 60) || 'import';
  return { fileName: `lectern-import-${base}-${day}.csv`, content };
}
