/**
 * The only IPC entry into core. Order matters: who sent it (top frame of our origin), then
 * whether the method exists in the contract, and only then core, which validates the input
 * against the method's schema. Nothing is parsed or logged before the sender is known.
 */
import type { IpcMain } from 'electron';
import type { Core } from '../core/core-types.ts';
import { IPC_INVOKE_CHANNEL } from '../shared/bridge.ts';
import type { Result } from '../shared/errors.ts';
import { refuseRendererCall } from '../shared/renderer-gate.ts';
import { isTrustedSender, type SenderFrame } from './sender-check.ts';

/** The part of IpcMainInvokeEvent the handler reads. */
interface InvokeEventLike {
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

/** Handles one invoke; untrusted senders get FORBIDDEN and unknown methods UNKNOWN_METHOD, as in the browser shell. */
export async function handleInvoke(
  core: Pick<Core, 'dispatchUntyped'>,
  event: InvokeEventLike,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  const refusal = refuseRendererCall(isTrustedSender(senderFrameOf(event)), method);
  return refusal ?? core.dispatchUntyped(method, input);
}

/** Registers the invoke handler on ipcMain; returns a function that removes it. */
export function registerInvokeHandler(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, core: Pick<Core, 'dispatchUntyped'>): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handleInvoke(core, event, method, input));
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}
