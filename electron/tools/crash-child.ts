// The piece the crash harnesses share: fork a child, let it say when it has started, kill it with SIGKILL a
// chosen moment later, and hand back everything it said (IPC messages and stdout lines) once it is gone.
import { fork } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ChildRun {
  /** True when the kill landed; false when the child finished first. */
  killed: boolean;
  messages: unknown[];
  /** The child's stdout, line by line: what it printed before the kill is all there (pipes are synchronous on Linux). */
  lines: string[];
}

/** Forks script with args; killAfterMs (null: never) counts from the child's `{ started: true }` message. */
export function runChild(script: string, args: string[], killAfterMs: number | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    const run: ChildRun = { killed: false, messages: [], lines: [] };
    const stdout = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    stdout.on('line', (line) => run.lines.push(line));
    const stdoutDone = new Promise((done) => stdout.once('close', done));
    child.on('message', (message) => {
      run.messages.push(message);
      if ((message as { started?: boolean }).started && killAfterMs !== null) {
        setTimeout(() => {
          if (child.exitCode === null && child.signalCode === null) run.killed = child.kill('SIGKILL');
        }, killAfterMs);
      }
    });
    child.on('error', reject);
    child.on('exit', () => {
      void stdoutDone.then(() => resolve(run));
    });
  });
}
