import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';

/** lectern restore ID|--latest: puts a backup in place; the current files are kept aside, not deleted. */
async function restoreBackup(context: CliContext, id: string | undefined, latest: boolean): Promise<void> {
  const backups = await context.call('library.listBackups', {});
  // The list puts whole backups first; a torn one is never picked by --latest.
  const chosen = latest ? backups.find((backup) => backup.usable)?.id : id;
  if (!chosen) {
    throw new CliError(latest ? (backups.length > 0 ? 'No backup is whole enough to restore; `lectern backups` says what is wrong with each.' : 'There are no backups to restore.') : 'lectern restore needs a backup id or --latest.');
  }
  const state = await context.call('library.restoreBackup', { backupId: chosen });
  if (state.state !== 'ok') throw new CliError(`The backup ${chosen} could not be opened either: ${'message' in state ? state.message : ''}`);
  context.out(`Restored ${chosen}: ${state.articleCount} articles. The previous files were kept in ${state.dataDir}/damaged-*.`);
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  args: 'BACKUP | --latest',
  summary: 'restore a backup (the current files are kept aside)',
  options: ['latest'],
  library: 'open-damaged',
  run: (context, { args, options }) => restoreBackup(context, args[0], options.latest ?? false),
};
