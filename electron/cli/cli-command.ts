import type { CliContext, CliIo } from './cli-context.ts';
import type { OptionName, OptionValues } from './cli-options.ts';

/** What a command is given: the words after its name, and the parsed options. */
export interface CommandInput {
  args: string[];
  options: OptionValues;
}

interface CommandRow {
  name: string;
  /** The arguments as the usage shows them after the name ('' for none). */
  args: string;
  /** One line for the usage. */
  summary: string;
  /** Further usage lines under the summary, when one line cannot say enough. */
  details?: readonly string[];
  /** The options this command takes besides --data-dir and --help; any other is a usage error. */
  options: readonly OptionName[];
}

/**
 * One row of the command table. `library` says what the command needs: 'none' runs without opening the
 * library (so it works while the app holds the lock), 'open' refuses a damaged one, 'open-damaged' may
 * open a damaged one (to list or restore its backups).
 */
export type CliCommand = CommandRow &
  (
    | { library: 'none'; run(io: CliIo, input: CommandInput): Promise<void> }
    | { library: 'open' | 'open-damaged'; run(context: CliContext, input: CommandInput): Promise<void> }
  );
