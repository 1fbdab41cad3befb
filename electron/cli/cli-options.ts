import { parseArgs } from 'node:util';
import { usageError } from './cli-error.ts';

/** Every option the CLI knows; each command's table row says which of them it takes. */
const OPTIONS = {
  'data-dir': { type: 'string' },
  'take-over': { type: 'boolean' },
  json: { type: 'boolean' },
  all: { type: 'boolean' },
  latest: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  'with-body': { type: 'boolean' },
  filter: { type: 'string' },
  sort: { type: 'string' },
  query: { type: 'string' },
  limit: { type: 'string' },
  url: { type: 'string' },
  'whole-page': { type: 'boolean' },
  'no-fetch': { type: 'boolean' },
  pause: { type: 'boolean' },
  resume: { type: 'boolean' },
  status: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type OptionName = keyof typeof OPTIONS;

/** The parsed options: booleans for flags, strings for options that take a value. */
export type OptionValues = { [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** Splits argv into options and positional words; an unknown option or a missing value is a usage error. */
export function parseCommandLine(argv: string[]): { options: OptionValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    return { options: values as OptionValues, positionals };
  } catch (error) {
    throw usageError((error as Error).message);
  }
}
