import type { MethodInput, MethodName, MethodOutput } from '../shared/contract.ts';
import type { Core } from '../core/core-types.ts';
import type { CaptureSettings } from '../core/app/open-library.ts';
import { createCore } from '../core/create-core.ts';
import { CliError } from './cli-error.ts';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** What every command gets: the streams to write to and standard input. */
export interface CliIo extends Output {
  readStdin(): Promise<string>;
}

/** What a command that opens the library gets: a typed call into the same core the app uses. */
export interface CliContext extends CliIo {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/** Opens the library for one command; refuses clearly when it is locked or damaged (except for restore). */
export async function openCliCore(dataDir: string, options: { allowDamaged: boolean; capture?: CaptureSettings; takeOver?: boolean }): Promise<Core> {
  const core = await createCore({ dataDir, rendererDir: '', owner: 'the lectern command', capture: options.capture });
  // --take-over: only a holder that has stopped its heartbeat gives the library up (library-lock.ts).
  const status = await core.dispatch(options.takeOver ? 'library.takeOver' : 'library.status', {});
  if (status.ok) {
    const state = status.value;
    if (state.state === 'locked') {
      await core.close();
      throw new CliError(state.message);
    }
    if (state.state === 'corrupt' && !options.allowDamaged) {
      await core.close();
      throw new CliError(`${state.message}\nNothing was changed. Run \`lectern backups\` to see backups and \`lectern restore --latest\` to restore the newest, or \`lectern repair\` to rebuild the library from its article folders.`);
    }
  }
  return core;
}

/** Wraps core.dispatch so commands get values and failures become CliErrors with core's message. */
export function typedCall(core: Core) {
  return async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new CliError(result.message);
    return result.value;
  };
}
