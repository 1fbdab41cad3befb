/**
 * The bridge the preload puts on window.lectern. Built over a minimal IPC object rather than
 * Electron's ipcRenderer directly, so it can be tested in plain Node and so the page can never
 * reach ipcRenderer itself: it gets three functions and a label, nothing else. The IPC event
 * object is never handed to page code either (its `sender` is ipcRenderer).
 */
import {
  IPC_COMMAND_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type LecternBridge,
  type ShellCommand,
  shellCommands,
} from '../shared/bridge.ts';
import { isRendererMethod } from '../shared/contract.ts';
import { ErrorCode, type Result } from '../shared/errors.ts';
import type { LecternEvent } from '../shared/events.ts';

/** The three ipcRenderer methods the bridge needs. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

const SHELL_COMMANDS: ReadonlySet<string> = new Set<ShellCommand>(shellCommands);

function subscribe(ipc: BridgeIpc, channel: string, deliver: (payload: unknown) => void): () => void {
  const listener = (_event: unknown, payload: unknown) => deliver(payload);
  ipc.on(channel, listener);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    ipc.removeListener(channel, listener);
  };
}

/** Builds the LecternBridge over ipc; unknown method names are answered locally and never sent. */
export function createBridge(ipc: BridgeIpc): LecternBridge {
  const bridge: LecternBridge = {
    invoke(method, input) {
      if (!isRendererMethod(method)) {
        return Promise.resolve({ ok: false, code: ErrorCode.unknownMethod, message: 'Lectern does not know that request.' });
      }
      // Main answers with a Result; a rejection means the shell itself failed, which the page
      // should see as an error result too, never as a thrown exception.
      return ipc.invoke(IPC_INVOKE_CHANNEL, method, input).then(
        (result) => result as Result<never>,
        () => ({ ok: false, code: ErrorCode.internal, message: 'Lectern could not complete the request.' }) as const,
      );
    },
    onEvent(listener) {
      return subscribe(ipc, IPC_EVENT_CHANNEL, (payload) => listener(payload as LecternEvent));
    },
    onCommand(listener) {
      return subscribe(ipc, IPC_COMMAND_CHANNEL, (payload) => {
        if (typeof payload === 'string' && SHELL_COMMANDS.has(payload)) listener(payload as ShellCommand);
      });
    },
    shell: 'electron',
  };
  return Object.freeze(bridge);
}
