import { launchBrowserShell, type BrowserShell, type ShellOptions } from './browser-shell.ts';
import { electronBinary, launchElectronShell } from './electron-shell.ts';

/**
 * Starts Lectern for a spec: real Electron when its binary exists, otherwise the browser shell with the
 * same renderer and core (docs/architecture.md rule 6). Each call gets a fresh library folder unless one is given.
 * Specs that reach into core directly, shorten the undo window or save from 127.0.0.1 test servers need
 * hooks only the browser shell has (the packaged app must refuse private addresses), so they use it always.
 */
export async function launchApp(options: ShellOptions & { needsCore?: boolean } = {}): Promise<BrowserShell> {
  const needsBrowserShell = options.needsCore || options.allowLocalCaptures || options.undoWindowMs !== undefined;
  const electron = needsBrowserShell ? null : electronBinary();
  return electron ? launchElectronShell(electron, options) : launchBrowserShell(options);
}
