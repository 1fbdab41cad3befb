import { defaultDataDir } from '../core/library/data-dir.ts';
import type { CaptureSettings } from '../core/app/open-library.ts';
import type { CliCommand, CommandInput } from './cli-command.ts';
import { openCliCore, typedCall, type CliIo } from './cli-context.ts';
import { CliError, usageError } from './cli-error.ts';
import { parseCommandLine, type OptionName } from './cli-options.ts';
import { COMMANDS } from './command-table.ts';
import { usageText } from './usage.ts';

type RunIo = CliIo & { env: Record<string, string | undefined>; capture?: CaptureSettings };

/** Options every command takes. */
const COMMON: readonly OptionName[] = ['data-dir', 'take-over', 'help'];

function findCommand(name: string): CliCommand {
  const command = COMMANDS.find((row) => row.name === name);
  if (!command) throw usageError(`Unknown command "${name}".`);
  return command;
}

/** An option the command does not take is a mistake worth saying, not something to ignore. */
function checkOptions(command: CliCommand, input: CommandInput): void {
  for (const [name, value] of Object.entries(input.options)) {
    if (value === undefined || COMMON.includes(name as OptionName) || command.options.includes(name as OptionName)) continue;
    throw usageError(`lectern ${command.name} does not take --${name}.`);
  }
}

async function runCommand(command: CliCommand, input: CommandInput, io: RunIo): Promise<void> {
  if (command.library === 'none') return command.run(io, input);
  const dataDir = input.options['data-dir'] ?? defaultDataDir(io.env);
  const core = await openCliCore(dataDir, { allowDamaged: command.library === 'open-damaged', capture: io.capture, takeOver: input.options['take-over'] });
  try {
    await command.run({ ...io, call: typedCall(core) }, input);
  } finally {
    await core.close();
  }
}

/** Runs one CLI invocation and returns its exit code; never calls process.exit, so tests can drive it. */
export async function runCli(argv: string[], io: RunIo): Promise<number> {
  try {
    const { options, positionals } = parseCommandLine(argv);
    const [name, ...args] = positionals;
    if (!name || name === 'help' || options.help) {
      io.out(usageText(COMMANDS));
      return name || options.help ? 0 : 2;
    }
    const command = findCommand(name);
    const input = { args, options };
    checkOptions(command, input);
    await runCommand(command, input, io);
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
