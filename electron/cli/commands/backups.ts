import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';

/** lectern backups: the snapshots a damaged library can be restored from. */
export async function backupsCommand(context: CliContext, json: boolean): Promise<void> {
  const backups = await context.call('library.listBackups', {});
  if (json) return context.out(JSON.stringify(backups, null, 2));
  if (backups.length === 0) return context.out('No backups yet. Lectern takes one a little after each start, and every few hours.');
  for (const backup of backups) context.out(`${backup.id}  ${backup.createdAt}  ${backup.articleCount ?? '?'} articles`);
}

/** lectern restore ID|--latest: puts a backup in place; the current files are kept aside, not deleted. */
export async function restoreCommand(context: CliContext, id: string | undefined, latest: boolean): Promise<void> {
  const backups = await context.call('library.listBackups', {});
  const chosen = latest ? backups[0]?.id : id;
  if (!chosen) throw new CliError(latest ? 'There are no backups to restore.' : 'lectern restore needs a backup id or --latest.');
  const state = await context.call('library.restoreBackup', { backupId: chosen });
  if (state.state !== 'ok') throw new CliError(`The backup ${chosen} could not be opened either: ${'message' in state ? state.message : ''}`);
  context.out(`Restored ${chosen}: ${state.articleCount} articles. The previous files were kept in ${state.dataDir}/damaged-*.`);
}
