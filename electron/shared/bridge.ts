/**
 * The bridge both shells put on `window.lectern`: in Electron the preload builds it over IPC,
 * in the browser shell Playwright's exposeBinding does. The renderer sees only this.
 */
import type { MethodInput, MethodName, MethodOutput } from './contract.ts';
import type { Result } from './errors.ts';
import type { LecternEvent } from './events.ts';

export interface LecternBridge {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /** Subscribes to core events; returns an unsubscribe function. */
  onEvent(listener: (event: LecternEvent) => void): () => void;
  /** Shell-only actions (menus) that ask the renderer to do something. */
  onCommand(listener: (command: ShellCommand) => void): () => void;
  readonly shell: 'electron' | 'browser';
}

/** Actions the shell (menus) asks the renderer to perform; the preload forwards only these. */
export const shellCommands = [
  'open-files',
  'add-url',
  'paste',
  'show-shortcuts',
  'toggle-notes',
  'go-library',
  'command-palette',
  'import-from-app',
  'export-library',
] as const;
export type ShellCommand = (typeof shellCommands)[number];

export const BRIDGE_GLOBAL = 'lectern';
export const IPC_INVOKE_CHANNEL = 'lectern:invoke';
export const IPC_EVENT_CHANNEL = 'lectern:event';
export const IPC_COMMAND_CHANNEL = 'lectern:command';
export const APP_SCHEME = 'lectern';
