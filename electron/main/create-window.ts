/**
 * Builds the one app window: placed where the reader left it, painted in the reading theme
 * before the renderer loads, locked down by windowWebPreferences, and pointed at the app's
 * own origin. Shown on ready-to-show so it never flashes an empty frame.
 */
import { BrowserWindow, dialog, nativeTheme, screen } from 'electron';
import type { Core } from '../core/core-types.ts';
import type { Settings } from '../shared/models.ts';
import { APP_ENTRY_URL } from './app-url.ts';
import { recoverFromRendererCrash } from './renderer-recovery.ts';
import { MIN_WINDOW_SIZE, placeWindow } from './window-bounds.ts';
import { trackWindowBounds, type BoundsTracker } from './window-state.ts';
import { windowBackground } from './window-background.ts';
import { windowWebPreferences } from './web-preferences.ts';

interface AppWindow {
  window: BrowserWindow;
  bounds: BoundsTracker;
}

async function loadSettings(core: Core): Promise<Partial<Settings>> {
  const result = await core.dispatch('settings.get', {});
  return result.ok ? result.value : {};
}

/** Creates, places and loads the app window; preloadPath is the bundled preload, iconPath optional (Linux). */
export async function createAppWindow(core: Core, preloadPath: string, iconPath: string | null): Promise<AppWindow> {
  const settings = await loadSettings(core);
  const primary = screen.getPrimaryDisplay().workArea;
  const placement = placeWindow(settings.window ?? null, [primary, ...screen.getAllDisplays().map((d) => d.workArea)]);

  const window = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Lectern',
    backgroundColor: windowBackground(settings.theme, nativeTheme.shouldUseDarkColors),
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: windowWebPreferences(preloadPath),
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  recoverFromRendererCrash(window.webContents, (reason) =>
    dialog.showErrorBox('Lectern stopped drawing its window', `The window's process ended (${reason}) twice in a row. Restart Lectern; your library is safe on disk.`),
  );

  const bounds = trackWindowBounds(window, (b) => core.dispatch('settings.update', { window: b }));
  await window.loadURL(APP_ENTRY_URL);
  return { window, bounds };
}
