import type { RebuildReport } from '../../shared/models.ts';
import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';

function describe(report: RebuildReport, dryRun: boolean): string[] {
  const would = dryRun ? 'would be' : 'were';
  const lines = [`${report.articleCount} articles ${dryRun ? 'would be' : 'are'} in the library; ${report.fromFolders} of them ${would} recovered from their folders.`];
  if (report.keptFiles.length > 0) lines.push(`Kept as they are: ${report.keptFiles.join(', ')}.`);
  if (report.setAsideFiles.length > 0) lines.push(`Damaged, ${dryRun ? 'would be moved' : 'moved'} aside (not deleted): ${report.setAsideFiles.join(', ')}.`);
  if (report.unreadableFolders.length > 0) lines.push(`Folders without a readable meta.json, left in articles/: ${report.unreadableFolders.join(', ')}.`);
  if (report.asideDir) lines.push(`The previous files are in ${report.asideDir}.`);
  if (dryRun) lines.push('Nothing was changed. Run `lectern repair` to rebuild.');
  return lines;
}

/** lectern repair [--dry-run]: rebuilds library.json from every article folder (works on a damaged library). */
async function repair(context: CliContext, dryRun: boolean): Promise<void> {
  const { report, state } = await context.call('library.rebuild', { dryRun });
  for (const line of describe(report, dryRun)) context.out(line);
  if (!dryRun && state.state !== 'ok') throw new CliError(`The rebuilt library could not be opened either: ${'message' in state ? state.message : ''}`);
}

export const repairCommand: CliCommand = {
  name: 'repair',
  args: '[--dry-run]',
  summary: 'rebuild the library from the article folders (damaged files are kept aside)',
  options: ['dry-run'],
  library: 'open-damaged',
  run: (context, { options }) => repair(context, options['dry-run'] ?? false),
};
