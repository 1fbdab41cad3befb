/**
 * Static security audit of the Electron shell. Electron's binary cannot run in CI, so the
 * shell's sources (main and preload, tests excluded) are read as text and checked for the
 * well-known Electron anti-patterns. Each rule is also run against a bad example, so a rule
 * that silently stops matching fails here too.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readShellSources, stripComments, type Source } from './testing/shell-sources.ts';

type Rule = { name: string; check(sources: Source[]): string[] };

const perFile = (name: string, find: (s: Source) => string | null): Rule => ({
  name,
  check: (sources) => sources.flatMap((s) => {
    const found = find(s);
    return found ? [`${s.file}: ${found}`] : [];
  }),
});

const forbid = (name: string, pattern: RegExp): Rule => perFile(name, (s) => s.code.match(pattern)?.[0] ?? null);

const rules: Rule[] = [
  forbid('nodeIntegration enabled', /nodeIntegration\w*\s*:\s*true/),
  forbid('contextIsolation disabled', /contextIsolation\s*:\s*false/),
  forbid('sandbox disabled', /sandbox\s*:\s*false/),
  forbid('webSecurity disabled', /webSecurity\s*:\s*false/),
  forbid('allowRunningInsecureContent', /allowRunningInsecureContent\s*:\s*true/),
  forbid('remote module', /enableRemoteModule|@electron\/remote/),
  forbid('webview tag enabled', /webviewTag\s*:\s*true/),
  forbid('experimental or blink features', /experimentalFeatures\s*:\s*true|enableBlinkFeatures/),
  forbid('scheme bypasses CSP', /bypassCSP\s*:\s*true/),
  forbid('window.open allowed', /action\s*:\s*['"]allow['"]/),
  forbid('loadFile', /\.loadFile\s*\(/),
  forbid('file:// or http(s):// URL literal', /['"`](?:file|https?):\/\/[^'"`]*['"`]?/),
  forbid('executeJavaScript', /executeJavaScript\s*\(/),
  forbid('certificate errors overridden', /certificate-error|setCertificateVerifyProc/),
  forbid(
    'dangerous Chromium switch',
    /appendSwitch\(\s*['"](?:no-sandbox|disable-web-security|ignore-certificate-errors|disable-site-isolation-trials)/,
  ),
  perFile('loadURL with anything but the app entry URL', (s) => {
    const bad = [...s.code.matchAll(/\.loadURL\s*\(([^)]*)\)/g)].find((m) => m[1]?.trim() !== 'APP_ENTRY_URL');
    return bad ? bad[0] : null;
  }),
  perFile('BrowserWindow without the audited web preferences', (s) =>
    /new\s+BrowserWindow\s*\(/.test(s.code) && !/webPreferences\s*:\s*windowWebPreferences\(/.test(s.code)
      ? 'new BrowserWindow(...) must use webPreferences: windowWebPreferences(...)'
      : null,
  ),
  perFile('IPC handler without the sender check', (s) =>
    /ipcMain\.(?:handle|handleOnce|on|once)\s*\(/.test(s.code) && !/isTrustedSender\s*\(/.test(s.code)
      ? 'registers an ipcMain handler but never calls isTrustedSender'
      : null,
  ),
  perFile('sender check after the method lookup or dispatch', (s) => {
    const sender = s.code.search(/isTrustedSender\s*\(/);
    if (!/ipcMain\./.test(s.code) || sender === -1) return null;
    const later = [s.code.search(/isMethodName\s*\(/), s.code.search(/\.dispatch\s*\(/)].filter((i) => i !== -1);
    return later.some((i) => i < sender) ? 'isTrustedSender must come before isMethodName and dispatch' : null;
  }),
  perFile('shell.openExternal without the URL check', (s) => {
    if (s.file.endsWith('external-links.ts')) {
      // The one raw call site: it must sit behind isSafeExternalUrl.
      const call = s.code.search(/\bopenExternal\s*\(/);
      const guard = s.code.search(/if\s*\(\s*!isSafeExternalUrl\(/);
      return call !== -1 && (guard === -1 || guard > call) ? 'openExternal called before isSafeExternalUrl' : null;
    }
    // Elsewhere shell.openExternal may only be handed to the guarded helpers, never called on a page's URL directly.
    for (const line of s.code.split('\n')) {
      if (/\bopenExternal\s*\(/.test(line) && !/(?:guardWebContents|openExternalSafely)\s*\(/.test(line)) return line.trim();
    }
    return null;
  }),
  perFile('ipcRenderer exposed to the page', (s) => {
    for (const m of s.code.matchAll(/exposeInMainWorld\s*\(([^;]*)\)\s*;/g)) {
      const args = m[1] ?? '';
      if (/,\s*(?:ipcRenderer\b|\{[^}]*ipcRenderer)|\.\.\.\s*ipcRenderer|ipcRenderer\s*\./.test(args)) return m[0];
    }
    return null;
  }),
  {
    name: 'preload exposes one bridge, and only preload.ts touches ipcRenderer',
    check(sources) {
      const preload = sources.filter((s) => s.file.startsWith('preload/'));
      const exposes = preload.flatMap((s) => [...s.code.matchAll(/exposeInMainWorld\s*\(/g)]).length;
      const problems = exposes === 1 ? [] : [`preload: exposeInMainWorld called ${exposes} times, expected 1`];
      for (const s of preload) {
        if (s.file !== 'preload/preload.ts' && /\bipcRenderer\b/.test(s.code)) problems.push(`${s.file}: uses ipcRenderer`);
        if (s.file !== 'preload/preload.ts' && /from\s+['"]electron['"]/.test(s.code) && !/import\s+type/.test(s.code)) {
          problems.push(`${s.file}: imports electron (keep bridge logic testable and ipc-free)`);
        }
      }
      return problems;
    },
  },
  {
    name: 'main wires the guards',
    check(sources) {
      const main = sources.find((s) => s.file === 'main/main.ts');
      if (!main) return ['main/main.ts missing'];
      const required = [
        /protocol\.registerSchemesAsPrivileged\(/,
        /app\.enableSandbox\(\)/,
        /requestSingleInstanceLock\(/,
        /'web-contents-created'[^\n]*guardWebContents\(/,
        /guardSession\(session\.defaultSession\)/,
        /registerInvokeHandler\(ipcMain,/,
      ];
      return required.filter((re) => !re.test(main.code)).map((re) => `main/main.ts: missing ${re.source}`);
    },
  },
];

function audit(sources: Source[]): string[] {
  return rules.flatMap((rule) => rule.check(sources).map((finding) => `${rule.name} — ${finding}`));
}

test('the shell sources pass every rule', () => {
  const sources = readShellSources();
  assert.ok(sources.some((s) => s.file === 'main/main.ts') && sources.some((s) => s.file === 'preload/preload.ts'));
  assert.deepEqual(audit(sources), []);
});

describe('each rule catches its anti-pattern', () => {
  const good = readShellSources();
  const withFile = (file: string, code: string) => [...good.filter((s) => s.file !== file), { file, code: stripComments(code) }];
  const bad: Array<[string, Source[]]> = [
    ['nodeIntegration enabled', withFile('main/x.ts', 'const p = { nodeIntegration: true };')],
    ['nodeIntegration enabled', withFile('main/x.ts', 'const p = { nodeIntegrationInSubFrames : true };')],
    ['contextIsolation disabled', withFile('main/x.ts', 'const p = { contextIsolation: false };')],
    ['sandbox disabled', withFile('main/x.ts', 'const p = { sandbox: false };')],
    ['webSecurity disabled', withFile('main/x.ts', 'const p = { webSecurity: false };')],
    ['allowRunningInsecureContent', withFile('main/x.ts', 'const p = { allowRunningInsecureContent: true };')],
    ['remote module', withFile('main/x.ts', "import remote from '@electron/remote/main';")],
    ['remote module', withFile('main/x.ts', 'const p = { enableRemoteModule: true };')],
    ['webview tag enabled', withFile('main/x.ts', 'const p = { webviewTag: true };')],
    ['experimental or blink features', withFile('main/x.ts', "const p = { enableBlinkFeatures: 'X' };")],
    ['scheme bypasses CSP', withFile('main/x.ts', 'const p = { bypassCSP: true };')],
    ['window.open allowed', withFile('main/x.ts', "w.setWindowOpenHandler(() => ({ action: 'allow' }));")],
    ['loadFile', withFile('main/x.ts', "win.loadFile('index.html');")],
    ['file:// or http(s):// URL literal', withFile('main/x.ts', "const u = 'file:///index.html';")],
    ['file:// or http(s):// URL literal', withFile('main/x.ts', 'const u = `http://localhost:5173/`;')],
    ['loadURL with anything but the app entry URL', withFile('main/x.ts', 'win.loadURL(devServerUrl);')],
    ['executeJavaScript', withFile('main/x.ts', "win.webContents.executeJavaScript('1');")],
    ['certificate errors overridden', withFile('main/x.ts', "app.on('certificate-error', (e, w, u, er, c, cb) => cb(true));")],
    ['dangerous Chromium switch', withFile('main/x.ts', "app.commandLine.appendSwitch('no-sandbox');")],
    ['BrowserWindow without the audited web preferences', withFile('main/x.ts', 'new BrowserWindow({ webPreferences: {} });')],
    ['IPC handler without the sender check', withFile('main/x.ts', "ipcMain.handle('x', (e, m) => core.dispatch(m));")],
    [
      'sender check after the method lookup or dispatch',
      withFile('main/x.ts', "ipcMain.handle('x', (e, m, i) => { core.dispatch(m, i); isTrustedSender(e.senderFrame); });"),
    ],
    ['shell.openExternal without the URL check', withFile('main/x.ts', "win.webContents.on('will-navigate', (e) => shell.openExternal(e.url));")],
    [
      'shell.openExternal without the URL check',
      withFile('main/external-links.ts', 'export function o(u, openExternal) { openExternal(u); if (!isSafeExternalUrl(u)) return; }'),
    ],
    ['ipcRenderer exposed to the page', withFile('preload/x.ts', "contextBridge.exposeInMainWorld('ipc', ipcRenderer);")],
    ['ipcRenderer exposed to the page', withFile('preload/x.ts', "contextBridge.exposeInMainWorld('api', { send: ipcRenderer.send });")],
    ['ipcRenderer exposed to the page', withFile('preload/x.ts', "contextBridge.exposeInMainWorld('api', { ...ipcRenderer });")],
    ['preload exposes one bridge, and only preload.ts touches ipcRenderer', withFile('preload/x.ts', "contextBridge.exposeInMainWorld('more', {});")],
    ['main wires the guards', withFile('main/main.ts', 'app.whenReady();')],
  ];
  for (const [rule, sources] of bad) {
    test(`${rule}: ${sources.at(-1)?.code.trim().slice(0, 70)}`, () => {
      const findings = audit(sources);
      assert.ok(findings.some((f) => f.startsWith(`${rule} — `)), `expected a "${rule}" finding, got ${JSON.stringify(findings)}`);
    });
  }

  test('comments about an anti-pattern are not findings', () => {
    assert.deepEqual(audit(withFile('main/x.ts', '// never set nodeIntegration: true\n/* webSecurity: false */ const a = 1;')), []);
  });
});
