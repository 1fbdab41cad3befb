// Runs the bundled Electron main process in plain Node against a recording stand-in for the
// 'electron' module (the real binary cannot run here). It checks the wiring end to end: the app
// scheme, the locked-down window, the IPC gate in front of a real core, the menu, window bounds
// persistence, files and lectern-save:// links from a second launch, and that quitting closes the library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire, registerHooks } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleElectron } from './bundle-electron.mjs';

function fakeElectron(userData) {
  const calls = [];
  const record = (name) => (...args) => void calls.push([name, ...args]);
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    name: 'Lectern',
    quitCount: 0,
    enableSandbox: record('app.enableSandbox'),
    setAppUserModelId: record('app.setAppUserModelId'),
    getPath: () => userData,
    setPath: record('app.setPath'),
    requestSingleInstanceLock: (data) => (calls.push(['app.requestSingleInstanceLock', data]), true),
    whenReady: () => new Promise((resolve) => (app.ready = resolve)),
    exit: record('app.exit'),
    quit() {
      app.quitCount++;
      let prevented = false;
      app.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) app.quitted = true;
    },
  });
  const windows = [];
  class BrowserWindow extends EventEmitter {
    static getFocusedWindow = () => windows[0] ?? null;
    static getAllWindows = () => windows;
    constructor(options) {
      super();
      this.options = options;
      this.sent = [];
      this.url = '';
      this.shown = 0;
      this.webContents = Object.assign(new EventEmitter(), {
        send: (channel, payload) => this.sent.push([channel, payload]),
        getURL: () => this.url,
        isDestroyed: () => false,
        reload: () => void (this.reloads = (this.reloads ?? 0) + 1),
      });
      windows.push(this);
    }
    async loadURL(url) { this.url = url; }
    maximize() {}
    isDestroyed() { return false; }
    isMinimized() { return false; }
    isMaximized() { return false; }
    isFullScreen() { return false; }
    restore() {}
    show() { this.shown++; }
    focus() {}
    getNormalBounds() { return { x: 40, y: 30, width: 1000, height: 700 }; }
  }
  const handlers = {};
  const electron = {
    calls, app, windows, handlers, BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
      handle: (scheme, fn) => void (handlers[`protocol:${scheme}`] = fn),
    },
    ipcMain: { handle: (channel, fn) => void (handlers[`ipc:${channel}`] = fn), removeHandler: () => {} },
    Menu: { buildFromTemplate: (t) => ({ template: t }), setApplicationMenu: (m) => void (handlers.menu = m.template) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn) => void (handlers.permissionRequest = fn),
        setPermissionCheckHandler: (fn) => void (handlers.permissionCheck = fn),
        setDevicePermissionHandler: (fn) => void (handlers.devicePermission = fn),
        setSpellCheckerDictionaryDownloadURL: (url) => void calls.push(['session.setSpellCheckerDictionaryDownloadURL', url]),
      },
    },
    dialog: {
      showMessageBox: async (...args) => (calls.push(['dialog.showMessageBox', ...args]), { response: 1 }),
      showErrorBox: record('dialog.showErrorBox'),
      showOpenDialog: async (...args) => (calls.push(['dialog.showOpenDialog', ...args]), { canceled: true, filePaths: [] }),
    },
    shell: { openExternal: async (url) => void calls.push(['shell.openExternal', url]) },
    nativeTheme: { shouldUseDarkColors: false },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
  };
  return electron;
}

// Opening the library (schemas checked, backups verified) takes seconds on a loaded two-core machine.
async function until(check, what) {
  for (let i = 0; i < 3000; i++) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.fail(`timed out waiting for ${what}`);
}

test('the bundled main process wires Electron to core safely', async (t) => {
  const work = await mkdtemp(path.join(tmpdir(), 'lectern-main-smoke-'));
  t.after(() => rm(work, { recursive: true, force: true }));
  const { mainFile } = await bundleElectron({ outDir: path.join(work, 'dist') });
  const dataDir = path.join(work, 'library');
  const electron = fakeElectron(path.join(work, 'userData'));
  globalThis.__lecternFakeElectron = electron;
  const fakePath = path.join(work, 'fake-electron.cjs');
  await writeFile(fakePath, 'module.exports = globalThis.__lecternFakeElectron;');
  const hooks = registerHooks({
    resolve: (specifier, context, next) =>
      specifier === 'electron' ? { url: pathToFileURL(fakePath).href, shortCircuit: true } : next(specifier, context),
  });
  t.after(() => hooks.deregister());

  // Launched the way the e2e suite launches it: `electron [playwright switches] dist/main/main.cjs --data-dir DIR`.
  const argv = process.argv;
  process.argv = ['/usr/bin/electron', '--inspect=0', mainFile, '--data-dir', dataDir];
  process.defaultApp = true;
  try {
    createRequire(import.meta.url)(mainFile);
  } finally {
    process.argv = argv;
    delete process.defaultApp;
  }
  const { calls, app, handlers, windows } = electron;
  const called = (name) => calls.filter((c) => c[0] === name);

  // Before 'ready': scheme privileges, sandbox, a per-library profile, the single-instance lock.
  assert.deepEqual(called('protocol.registerSchemesAsPrivileged')[0]?.[1], [
    { scheme: 'lectern', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
  assert.equal(called('app.enableSandbox').length, 1);
  assert.deepEqual(called('app.setPath')[0], ['app.setPath', 'userData', path.join(dataDir, '.electron-profile')]);
  assert.deepEqual(called('app.requestSingleInstanceLock')[0]?.[1], { files: [], links: [] });

  app.ready();
  const win = await until(() => windows[0]?.url && windows[0], 'the window to load');
  assert.equal(win.url, 'lectern://app/index.html');
  const prefs = win.options.webPreferences;
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.preload, path.join(work, 'dist', 'preload', 'preload.cjs'));
  assert.equal(win.options.show, false);
  win.emit('ready-to-show');
  assert.equal(win.shown, 1);
  assert.ok(handlers.permissionRequest && handlers.permissionCheck && handlers.devicePermission, 'session guards installed');
  // Spellcheck dictionaries are never fetched from a CDN (Linux and Windows download them otherwise).
  if (process.platform !== 'darwin') assert.match(called('session.setSpellCheckerDictionaryDownloadURL')[0]?.[1] ?? '', /^lectern:\/\//);
  win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
  assert.equal(win.reloads, 1, 'a crashed renderer is reloaded');

  // Every WebContents gets the navigation guard; web links go to the system browser.
  const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: (fn) => (contents.openHandler = fn) });
  app.emit('web-contents-created', {}, contents);
  const nav = { url: 'https://example.com/story', prevented: false, preventDefault: () => (nav.prevented = true) };
  contents.emit('will-navigate', nav);
  assert.equal(nav.prevented, true);
  assert.deepEqual(contents.openHandler({ url: 'file:///etc/passwd' }), { action: 'deny' });
  await until(() => called('shell.openExternal').length, 'the link to open outside');
  assert.deepEqual(called('shell.openExternal'), [['shell.openExternal', 'https://example.com/story']]);

  // The scheme is served by core.
  const response = await handlers['protocol:lectern'](new Request('lectern://app/index.html'));
  assert.ok(response instanceof Response);
  assert.ok(response.headers.get('content-security-policy'), 'core answers with a CSP');

  // IPC: a trusted frame reaches core, others are refused.
  const invoke = handlers['ipc:lectern:invoke'];
  const top = { senderFrame: { url: 'lectern://app/index.html', parent: null } };
  const status = await invoke(top, 'library.status', {});
  assert.equal(status.ok, true);
  assert.equal(status.value.state, 'ok');
  assert.equal(status.value.dataDir, dataDir);
  assert.equal((await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'library.status', {})).code, 'FORBIDDEN');
  assert.equal((await invoke(top, 'fs.readFile', {})).code, 'UNKNOWN_METHOD');

  // Menu commands reach the renderer; Open… and Import from Another App… show the native dialog in main.
  const menuItem = (label) => handlers.menu.flatMap((m) => m.submenu).find((i) => i.label === label);
  menuItem('Paste as Article').click();
  assert.deepEqual(win.sent.at(-1), ['lectern:command', 'paste']);
  menuItem('Open…').click();
  await until(() => called('dialog.showOpenDialog').length === 1, 'the open dialog');
  // Import from Another App… too: a chosen path has no upload limit (cancelled here, so nothing is read).
  menuItem('Import from Another App…').click();
  await until(() => called('dialog.showOpenDialog').length === 2, 'the import dialog');

  // A second launch focuses the window and imports its files. How it went reaches the window as core's
  // events, for the same toast and failures list as an import started there; main shows no dialog of its own.
  const note = path.join(work, 'note.md');
  const photo = path.join(work, 'photo.png');
  await writeFile(note, '# A note\n\nSome text worth keeping.\n');
  await writeFile(photo, Buffer.from('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000', 'latin1'));
  app.emit('second-instance', {}, ['/opt/Lectern/lectern', note, photo], work, { files: [note, photo] });
  const finished = await until(
    () => win.sent.find(([channel, event]) => channel === 'lectern:event' && event.name === 'import.finished')?.[1],
    'the import to finish',
  );
  assert.deepEqual(finished.payload.added.map((a) => a.title), ['A note']);
  assert.deepEqual(finished.payload.failed.map((f) => f.name), ['photo.png']);
  assert.equal(called('dialog.showMessageBox').length, 0, 'no native message box for failed files');
  assert.ok(win.shown >= 2, 'the first window was brought forward');

  // A lectern-save:// link from a second launch is saved through core, which tells the window; the window stays behind.
  const { createServer } = await import('node:http');
  const site = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<html><head><title>A linked story</title></head><body><article><h1>A linked story</h1>${'<p>Words worth saving from a page on this computer, named by a link the reader clicked.</p>'.repeat(8)}</article></body></html>`);
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => site.close(resolve)));
  const link = `lectern-save://add?url=${encodeURIComponent(`http://127.0.0.1:${site.address().port}/story`)}`;
  const shownBefore = win.shown;
  app.emit('second-instance', {}, ['/opt/Lectern/lectern', link], work, { files: [], links: [link] });
  const saved = await until(
    () => win.sent.find(([channel, event]) => channel === 'lectern:event' && event.name === 'import.finished' && event.payload.added[0]?.title === 'A linked story'),
    'the link to be saved',
  );
  assert.ok(saved);
  assert.equal(win.shown, shownBefore, 'a saved link does not bring the window forward');

  // Window bounds are saved when the window closes, and quitting closes the library.
  win.emit('close');
  app.quit();
  await until(() => app.quitted, 'the app to quit');
  assert.equal(app.quitCount, 2, 'quit was held once for shutdown, then repeated');
  const { createCore } = await import(pathToFileURL(path.resolve(import.meta.dirname, '../core/create-core.ts')).href);
  const reopened = await createCore({ dataDir, rendererDir: path.join(work, 'dist', 'renderer') });
  t.after(() => reopened.close());
  const again = await reopened.dispatch('library.status', {});
  assert.equal(again.value.state, 'ok', 'the lock was released on quit');
  const settings = await reopened.dispatch('settings.get', {});
  assert.deepEqual(settings.value.window, { x: 40, y: 30, width: 1000, height: 700, maximized: false });
});
