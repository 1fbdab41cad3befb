/** A failure the CLI reports on stderr with its exit code: 1 for a user error, 2 for wrong usage. */
export class CliError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

export function usageError(message: string): CliError {
  return new CliError(`${message}\nRun \`lectern help\` for usage.`, 2);
}
