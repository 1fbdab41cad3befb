/**
 * The one place the window's web preferences are decided, so the security flags can be
 * asserted by a test instead of trusted. Every flag that matters is spelled out even where it
 * equals Electron's default: defaults have changed between versions before.
 */
import type { WebPreferences } from 'electron';

/** Web preferences for the Lectern window; preloadPath is the bundled CommonJS preload. */
export function windowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}
