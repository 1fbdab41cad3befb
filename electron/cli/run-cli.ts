import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/library/data-dir.ts';
import { openCliCore, typedCall, type Output } from './cli-context.ts';
import { CliError, usageError } from './cli-error.ts';
import type { CaptureSettings } from '../core/app/capture-runtime.ts';
import { addAnythingCommand } from './commands/add-url.ts';
import { pendingCommand, retryCommand } from './commands/add-url-pending.ts';
import { extractCommand } from './commands/extract.ts';
import { backupsCommand, restoreCommand } from './commands/backups.ts';
import { exportCommand } from './commands/export.ts';
import { highlightsCommand } from './commands/highlights.ts';
import { listCommand } from './commands/list.ts';
import { USAGE } from './usage.ts';

const OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  all: { type: 'boolean' },
  latest: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  'with-body': { type: 'boolean' },
  filter: { type: 'string' },
  sort: { type: 'string' },
  query: { type: 'string' },
  url: { type: 'string' },
  'whole-page': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

/** Runs one CLI invocation and returns its exit code; never calls process.exit, so tests can drive it. */
export async function runCli(
  argv: string[],
  io: Output & { env: Record<string, string | undefined>; readStdin(): Promise<string>; capture?: CaptureSettings },
): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (!command || command === 'help' || values.help) {
      io.out(USAGE);
      return command || values.help ? 0 : 2;
    }
    // extract only reads files: it needs no library, so it works even while the app holds the lock.
    if (command === 'extract') {
      await extractCommand(io, { files: rest, url: values.url, format: values.format });
      return 0;
    }
    if (!['add', 'list', 'export', 'highlights', 'backups', 'restore', 'pending', 'retry'].includes(command)) throw usageError(`Unknown command "${command}".`);
    const dataDir = values['data-dir'] ?? defaultDataDir(io.env);
    const core = await openCliCore(dataDir, { allowDamaged: command === 'backups' || command === 'restore', capture: io.capture });
    const context = { ...io, call: typedCall(core) };
    try {
      if (command === 'add') await addAnythingCommand(context, rest, { json: values.json ?? false, wholePage: values['whole-page'] ?? false });
      else if (command === 'pending') await pendingCommand(context, values.json ?? false);
      else if (command === 'retry') await retryCommand(context, rest[0], { json: values.json ?? false, wholePage: values['whole-page'] ?? false });
      else if (command === 'list') await listCommand(context, { json: values.json ?? false, filter: values.filter, sort: values.sort, query: values.query });
      else if (command === 'export') await exportCommand(context, { ids: rest, all: values.all ?? false, format: values.format, out: values.out, withBody: values['with-body'] });
      else if (command === 'highlights') await highlightsCommand(context, rest, values.json ?? false);
      else if (command === 'backups') await backupsCommand(context, values.json ?? false);
      else await restoreCommand(context, rest[0], values.latest ?? false);
    } finally {
      await core.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`lectern: ${error.message}`);
      return error.exitCode;
    }
    io.err(`lectern: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
