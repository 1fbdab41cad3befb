// The CLI's commands, in the order the usage lists them. A new command is one file in commands/
// and one row here; the usage text and the option checks come from this table.
import type { CliCommand } from './cli-command.ts';
import { addCommand } from './commands/add.ts';
import { backupsCommand } from './commands/backups.ts';
import { exportCommand } from './commands/export.ts';
import { extractCommand } from './commands/extract.ts';
import { fetchCommand } from './commands/fetch.ts';
import { highlightsCommand } from './commands/highlights.ts';
import { importCommand } from './commands/import.ts';
import { listCommand } from './commands/list.ts';
import { pendingCommand } from './commands/pending.ts';
import { repairCommand } from './commands/repair.ts';
import { restoreCommand } from './commands/restore.ts';
import { retryCommand } from './commands/retry.ts';
import { tagCommand } from './commands/tag.ts';
import { tagsCommand } from './commands/tags.ts';
import { untagCommand } from './commands/untag.ts';
import { searchCommand } from './commands/search.ts';

export const COMMANDS: readonly CliCommand[] = [
  addCommand,
  pendingCommand,
  retryCommand,
  extractCommand,
  listCommand,
  tagCommand,
  untagCommand,
  tagsCommand,
  searchCommand,
  exportCommand,
  importCommand,
  fetchCommand,
  highlightsCommand,
  backupsCommand,
  restoreCommand,
  repairCommand,
];
