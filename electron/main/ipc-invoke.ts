/**
 * The only IPC entry into core. Order matters: who sent it (top frame of our origin), then
 * whether the method exists in the contract, and only then core, which validates the input
 * against the method's schema. Nothing is parsed or logged before the sender is known.
 */
import type { IpcMain } from 'electron';
import type { Core } from '../core/core-types.ts';
import { isRendererMethod } from '../shared/contract.ts';
import { IPC_INVOKE_CHANNEL } from '../shared/bridge.ts';
import { ErrorCode, type Result } from '../shared/errors.ts';
import { isTrustedSender, type SenderFrame } from './sender-check.ts';

/** The part of IpcMainInvokeEvent the handler reads. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrame | null;
}

function senderFrameOf(event: InvokeEventLike): SenderFrame | null {
  try {
    return event.senderFrame;
  } catch {
    // Electron throws when the frame was destroyed while the message was in flight.
    return null;
  }
}

/** Handles one invoke; rejects untrusted senders, answers unknown methods with UNKNOWN_METHOD. */
export async function handleInvoke(
  core: Pick<Core, 'dispatch'>,
  event: InvokeEventLike,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(senderFrameOf(event))) {
    throw new Error('Refused: IPC from a frame that is not the Lectern app.');
  }
  if (!isRendererMethod(method)) {
    return { ok: false, code: ErrorCode.unknownMethod, message: 'Lectern does not know that request.' };
  }
  return core.dispatch(method, input);
}

/** Registers the invoke handler on ipcMain; returns a function that removes it. */
export function registerInvokeHandler(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, core: Pick<Core, 'dispatch'>): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handleInvoke(core, event, method, input));
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}
