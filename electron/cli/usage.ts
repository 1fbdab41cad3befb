import type { CliCommand } from './cli-command.ts';

/** Where summaries start, so the commands read as one column. */
const COLUMN = 37;

function commandLines(name: string, args: string, summary: string, details: readonly string[] = []): string[] {
  const head = `  lectern ${name}${args ? ` ${args}` : ''}`;
  const indent = ' '.repeat(COLUMN);
  // A long synopsis gets its own line and the summary goes under it.
  const first = head.length < COLUMN - 1 ? [`${head.padEnd(COLUMN)}${summary}`] : [head, `${indent}${summary}`];
  return [...first, ...details.map((line) => `${indent}${line}`)];
}

/** The help text, written from the command table so it lists every command and which take --json. */
export function usageText(commands: readonly CliCommand[]): string {
  const json = commands.filter((command) => command.options.includes('json')).map((command) => command.name);
  return [
    'lectern — your Lectern library from the command line',
    '',
    'Usage:',
    ...commands.flatMap((command) => commandLines(command.name, command.args, command.summary, command.details)),
    ...commandLines('help', '', 'show this help'),
    '',
    'Options:',
    `  --json             machine-readable output (${json.join(', ')})`,
    "  --data-dir DIR     the library folder (default: $LECTERN_DATA_DIR, else the app's own library)",
    '  --take-over        open a library whose lock names a Lectern that is no longer running',
    '',
    'Exit codes: 0 ok, 1 something went wrong (message on stderr), 2 wrong usage.',
  ].join('\n');
}
