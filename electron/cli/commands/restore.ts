import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';

/** lectern restore ID|--latest: puts a backup in place; the current files are kept aside, not deleted. */
async function restoreBackup(context: CliContext, id: string | undefined, latest: boolean): Promise<void> {
  const backups = await context.call('library.listBackups', {});
  const chosen = latest ? backups[0]?.id : id;
  if (!chosen) throw new CliError(latest ? 'There are no backups to restore.' : 'lectern restore needs a backup id or --latest.');
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
