import { resolve } from 'node:path';
import type { ImportReport, ImportReportLine } from '../../shared/models-migration.ts';
import type { CliCommand } from '../cli-command.ts';
import type { CliContext, Output } from '../cli-context.ts';
import { CliError, usageError } from '../cli-error.ts';

/** How many skipped or failed entries the human report lists before it says how many more there are. */
const LINES_SHOWN = 20;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

function entryLines(io: Output, heading: string, lines: readonly ImportReportLine[]): void {
  if (lines.length === 0) return;
  io.out(`  ${heading} ${lines.length.toLocaleString('en')}:`);
  for (const line of lines.slice(0, LINES_SHOWN)) {
    const what = line.url ?? line.title;
    io.out(`    ${line.where}${what ? ` ${what}` : ''}: ${line.reason}`);
  }
  if (lines.length > LINES_SHOWN) io.out(`    … and ${(lines.length - LINES_SHOWN).toLocaleString('en')} more (\`--json\` lists them all)`);
}

/** The report of one import as people read it: the format, what came in, what waits, and each entry left out with why. */
function printImportReport(io: Output, file: string, report: ImportReport, fetched: boolean): void {
  io.out(`${file}: ${report.formatLabel}`);
  io.out(`  added ${plural(report.added, 'article')}, enriched ${report.enriched.toLocaleString('en')} already in the library`);
  const waiting = report.highlightsWaiting > 0 ? ` (${report.highlightsWaiting.toLocaleString('en')} waiting for their article's text)` : '';
  io.out(`  ${plural(report.highlights, 'highlight')}${waiting}`);
  if (report.queuedForDownload > 0) {
    const how = fetched ? 'the app downloads them while it is open, or run `lectern fetch`' : 'run `lectern fetch` to download them';
    io.out(`  ${plural(report.queuedForDownload, 'link')} queued for download: ${how}`);
  }
  entryLines(io, 'skipped', report.skipped);
  entryLines(io, 'failed', report.failed);
}

/** Previews and imports one file; a file that cannot be imported at all is said on stderr and answers null. */
async function importOne(context: CliContext, file: string, fetch: boolean): Promise<ImportReport | null> {
  try {
    const preview = await context.call('migration.previewPath', { path: resolve(file) });
    return await context.call('migration.run', { importId: preview.importId, fetch });
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    context.err(`lectern: ${file}: ${error.message}`);
    return null;
  }
}

/**
 * lectern import FILE… [--no-fetch] [--json]: imports other services' exports (and Lectern archives),
 * each previewed then run; prints each report (--json: the reports as one array). Exit 1 when a file
 * could not be imported at all.
 */
async function importFiles(context: CliContext, files: string[], options: { fetch: boolean; json: boolean }): Promise<void> {
  if (files.length === 0) throw usageError('lectern import needs at least one file: an export from Pocket, Instapaper, Omnivore… or a Lectern archive.');
  const reports: ImportReport[] = [];
  let failed = 0;
  for (const file of files) {
    const report = await importOne(context, file, options.fetch);
    if (report === null) {
      failed++;
      continue;
    }
    reports.push(report);
    if (!options.json) printImportReport(context, file, report, options.fetch);
  }
  if (options.json) context.out(JSON.stringify(reports, null, 2));
  if (failed > 0) throw new CliError(`${failed} of ${plural(files.length, 'file')} could not be imported.`);
}

export const importCommand: CliCommand = {
  name: 'import',
  args: 'FILE... [--no-fetch]',
  summary: 'import exports of other services, or a Lectern archive',
  details: [
    'Pocket, Instapaper, Omnivore, Wallabag, Readwise Reader, Readeck,',
    'Karakeep, Raindrop, Matter, browser bookmarks; links without their',
    'text are queued for download (--no-fetch: left for `lectern fetch`)',
  ],
  options: ['json', 'no-fetch'],
  library: 'open',
  run: (context, { args, options }) => importFiles(context, args, { fetch: !(options['no-fetch'] ?? false), json: options.json ?? false }),
};
