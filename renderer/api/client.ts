/**
 * The renderer's only way to the app: a typed client derived from the contract. Every call returns
 * the core's Result, so callers decide how to show an error instead of catching exceptions.
 */
import type { MethodInput, MethodName, MethodOutput } from '../../electron/shared/contract.ts';
import { ErrorCode, type Result } from '../../electron/shared/errors.ts';
import type { LecternEvent } from '../../electron/shared/events.ts';
import type { ShellCommand } from '../../electron/shared/bridge.ts';
import { getBridge } from './bridge.ts';

/** Calls a contract method; transport failures come back as an error Result, never as a throw. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  try {
    return await getBridge().invoke(method, input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: ErrorCode.internal, message: `Lectern could not reach its core (${message}).` };
  }
}

export function onEvent(listener: (event: LecternEvent) => void): () => void {
  return getBridge().onEvent(listener);
}

export function onShellCommand(listener: (command: ShellCommand) => void): () => void {
  return getBridge().onCommand(listener);
}
