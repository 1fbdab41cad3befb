/** The `lectern` command run in-process for tests: its exit code, and what it printed to stdout and stderr. */
import type { CaptureSettings } from '../../core/app/open-library.ts';
import { runCli } from '../run-cli.ts';

export async function runLectern(args: string[], options: { stdin?: string; capture?: CaptureSettings } = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), env: {}, readStdin: async () => options.stdin ?? '', capture: options.capture });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
