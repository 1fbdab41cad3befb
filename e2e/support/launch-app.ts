import { launchBrowserShell, type BrowserShell, type ShellOptions } from './browser-shell.ts';
import { electronBinary, launchElectronShell } from './electron-shell.ts';

/**
 * Starts Lectern for a spec: real Electron when its binary exists, otherwise the browser shell with the
 * same renderer and core (ARCHITECTURE rule 6). Each call gets a fresh library folder unless one is given.
 */
export async function launchApp(options: ShellOptions = {}): Promise<BrowserShell> {
  const electron = electronBinary();
  return electron ? launchElectronShell(electron, options) : launchBrowserShell(options);
}

export type { BrowserShell, ShellOptions };
