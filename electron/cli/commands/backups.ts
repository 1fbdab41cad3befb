import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';

/** lectern backups: the snapshots a damaged library can be restored from. */
async function listBackups(context: CliContext, json: boolean): Promise<void> {
  const backups = await context.call('library.listBackups', {});
  if (json) return context.out(JSON.stringify(backups, null, 2));
  if (backups.length === 0) return context.out('No backups yet. Lectern takes one a little after each start, and every few hours.');
  for (const backup of backups) {
    const facts = backup.usable ? `${backup.articleCount ?? '?'} articles` : `not usable: ${backup.problem ?? 'a file is damaged'}`;
    context.out(`${backup.id}  ${backup.createdAt}  ${facts}`);
  }
}

export const backupsCommand: CliCommand = {
  name: 'backups',
  args: '',
  summary: 'list database backups',
  options: ['json'],
  library: 'open-damaged',
  run: (context, { options }) => listBackups(context, options.json ?? false),
};
