/**
 * The application menu. Items that belong to the UI (paste, panels, palette) do not act in
 * main: they send a ShellCommand to the renderer, which owns those features in both shells.
 * Open… and Import from Another App… are the exceptions: a menu click carries no user gesture into the
 * page, so the renderer could not open its file chooser; main shows the native dialog, and core imports the
 * paths (Open…) or previews the export for the window (import-dialog.ts, no upload limit). Export Library…
 * sends a command: the window hands the library archive over as a download, in both shells alike.
 * Native roles cover editing, zoom and full screen. Reload and devtools exist only in development builds.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../shared/bridge.ts';

interface MenuOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  /** Sends a command to the focused app window. */
  send(command: ShellCommand): void;
  /** Shows the native open dialog and imports what was chosen. */
  openFiles(): void;
  /** Shows the native open dialog for another app's export and has the window preview it. */
  importFromApp(): void;
}

/** The menu template for the platform; pure so its accelerators and commands can be tested. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, isPackaged, appName, send, openFiles, importFromApp } = options;
  const mac = platform === 'darwin';
  const command = (label: string, name: ShellCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            sep,
            { role: 'services' },
            sep,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            sep,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('Save Link…', 'add-url', 'CmdOrCtrl+L'),
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => openFiles() },
      command('Paste as Article', 'paste', 'CmdOrCtrl+Shift+V'),
      sep,
      { label: 'Import from Another App…', click: () => importFromApp() },
      command('Export Library…', 'export-library'),
      sep,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  // Without an Edit menu macOS has no copy/paste shortcuts at all. pasteAndMatchStyle is left
  // out: its accelerator would collide with "Paste as Article".
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, sep, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };

  const devItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [sep, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Library', 'go-library', 'CmdOrCtrl+1'),
      command('Notes Panel', 'toggle-notes'),
      command('Command Palette…', 'command-palette', 'CmdOrCtrl+K'),
      ...devItems,
      sep,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'windowMenu' }] : [];

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [command('Keyboard Shortcuts', 'show-shortcuts', 'CmdOrCtrl+/')],
  };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}
