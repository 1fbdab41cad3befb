/**
 * Lectern's Electron entry point: the composition root of the shell. It wires Electron's
 * lifecycle to core and to the small policy modules beside it, and holds no logic of its own.
 * Bundled by electron/tools/bundle-electron.mjs to dist/main/main.cjs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { createCore } from '../core/create-core.ts';
import type { Core } from '../core/core-types.ts';
import { IPC_COMMAND_CHANNEL, type ShellCommand } from '../shared/bridge.ts';
import { SAVE_LINK_SCHEME } from '../shared/save-link.ts';
import { buildMenuTemplate } from './app-menu.ts';
import { APP_SCHEME_PRIVILEGES, serveAppScheme } from './app-protocol.ts';
import { argvPrefixLength, parseCommandLine, resolveDataDir } from './command-line.ts';
import { forwardCoreEvents } from './core-events.ts';
import { createAppWindow } from './create-window.ts';
import { installGracefulQuit } from './graceful-quit.ts';
import { importFromAnotherApp } from './import-dialog.ts';
import { registerInvokeHandler } from './ipc-invoke.ts';
import { filesFromSecondInstance, importLaunchFiles, type InstanceMessage } from './launch-files.ts';
import { openCoreWhenUnlocked, type LockDialog } from './lock-dialog.ts';
import { linksFromSecondInstance, saveLinks, saveLinksIn } from './save-links.ts';
import { guardSession, guardWebContents } from './web-contents-guard.ts';
import { keepSpellcheckOffline } from './offline-spellcheck.ts';
import type { BoundsTracker } from './window-state.ts';

// Both must happen before 'ready': privileges for the app scheme, and sandboxing every renderer.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId('app.lectern.reader');

const isDefaultApp = process.defaultApp === true;
const launch = parseCommandLine(process.argv, argvPrefixLength(process.argv, isDefaultApp), process.cwd());
const { dataDir, explicit } = resolveDataDir(launch.dataDir, process.env, app.getPath('userData'), process.cwd());
// A library chosen explicitly gets its own Chromium profile, so the single-instance lock is per
// library: two libraries (or parallel e2e runs) can be open side by side, one library only once.
if (explicit) app.setPath('userData', path.join(dataDir, '.electron-profile'));

const launchLinks = saveLinksIn(process.argv, argvPrefixLength(process.argv, isDefaultApp));
const message: InstanceMessage = { files: launch.files, links: launchLinks };
if (!app.requestSingleInstanceLock(message)) {
  // Another Lectern has this library; it receives our files through 'second-instance'.
  app.quit();
} else {
  startShell();
}

function startShell(): void {
  let core: Core | null = null;
  let mainWindow: BrowserWindow | null = null;
  let bounds: BoundsTracker | null = null;
  const waitingFiles: string[] = [...launch.files];
  const waitingLinks: string[] = [...launchLinks];

  const sendCommand = (command: ShellCommand) => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (target && !target.isDestroyed()) target.webContents.send(IPC_COMMAND_CHANNEL, command);
  };

  const focusWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  const importFiles = (files: string[]) => {
    if (files.length === 0) return;
    if (!core || !mainWindow) {
      waitingFiles.push(...files);
      return;
    }
    // The window reports how it went (core's import events), as it reports imports started in it.
    importLaunchFiles(core, files).catch((error: unknown) => console.error('Lectern: import failed', error));
  };

  // lectern-save:// links: saved through core, which tells the window (its toast), as files are imported.
  const saveLinksNow = (links: string[]) => {
    if (links.length === 0) return;
    if (!core || !mainWindow) {
      waitingLinks.push(...links);
      return;
    }
    saveLinks(core, links).catch((error: unknown) => console.error('Lectern: saving a link failed', error));
  };

  /** The native open dialog, attached to the window when there is one. */
  const showOpenDialog = (options: Electron.OpenDialogOptions) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options));

  const openFiles = async () => {
    const options: Electron.OpenDialogOptions = {
      title: 'Add files to Lectern',
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: 'Articles', extensions: ['html', 'htm', 'xhtml', 'md', 'markdown', 'txt'] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const { canceled, filePaths } = await showOpenDialog(options);
    if (!canceled) importFiles(filePaths);
  };

  const askAboutLock = async (spec: LockDialog): Promise<'retry' | 'quit'> => {
    const { response } = await dialog.showMessageBox({ type: 'warning', ...spec, defaultId: 0, cancelId: 1, noLink: true });
    return response === 0 ? 'retry' : 'quit';
  };

  const openWindow = async () => {
    if (!core) return;
    const preload = path.join(__dirname, '../preload/preload.cjs');
    const icon = path.join(__dirname, 'icon.png');
    const created = await createAppWindow(core, preload, process.platform === 'linux' && existsSync(icon) ? icon : null);
    mainWindow = created.window;
    bounds = created.bounds;
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    importFiles(waitingFiles.splice(0));
    saveLinksNow(waitingLinks.splice(0));
  };

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => shell.openExternal(url)));
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const prefix = argvPrefixLength(argv, isDefaultApp);
    const links = linksFromSecondInstance(additionalData, argv, prefix);
    // A link saved from the browser leaves the reader where they are; opening Lectern again brings it forward.
    if (links.length === 0) focusWindow();
    importFiles(filesFromSecondInstance(additionalData, argv, prefix, workingDirectory));
    saveLinksNow(links);
  });
  // macOS hands lectern-save:// links over by event, possibly before 'ready'.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    saveLinksNow(saveLinksIn([url], 0));
  });
  // macOS hands files over by event (Finder, dock), possibly before 'ready'.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    importFiles([file]);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow().catch(fail);
  });
  installGracefulQuit(
    app,
    async () => {
      await bounds?.flush();
      await core?.close();
    },
    (error) => console.error('Lectern: closing the library failed', error),
  );

  const ready = async () => {
    guardSession(session.defaultSession);
    keepSpellcheckOffline(session.defaultSession, process.platform);
    const rendererDir = path.join(__dirname, '../renderer');
    // Only an installed Lectern claims the scheme: a development run must not take it over in the desktop's settings.
    if (app.isPackaged) app.setAsDefaultProtocolClient(SAVE_LINK_SCHEME);
    core = await openCoreWhenUnlocked(() => createCore({ dataDir, rendererDir, owner: 'the Lectern app', resumeCaptures: true, browserConnection: {} }), dataDir, askAboutLock);
    if (!core) {
      app.quit();
      return;
    }
    const opened = core;
    serveAppScheme(protocol, (request) => opened.handleAppRequest(request));
    registerInvokeHandler(ipcMain, opened);
    forwardCoreEvents(opened, () => mainWindow);
    // "Connect this browser?" is asked in the window: bring it forward when a browser asks.
    opened.events.on((event) => event.name === 'pairing.requested' && focusWindow());
    const importFromApp = () => void importFromAnotherApp(showOpenDialog, opened).catch((error: unknown) => console.error('Lectern: import failed', error));
    const template = buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, appName: app.name, send: sendCommand, openFiles: () => void openFiles().catch(fail), importFromApp });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    await openWindow();
  };

  app.whenReady().then(ready).catch(fail);
}

function fail(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Lectern could not start', `${detail}\n\nLibrary folder: ${dataDir}`);
  // quit, not exit: the graceful-quit hook still releases the library lock if core opened.
  process.exitCode = 1;
  app.quit();
}
