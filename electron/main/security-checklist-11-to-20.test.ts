/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), items 11 to 20,
 * one test each, named after the item; items 1 to 10 are in security-checklist-1-to-10.test.ts, and
 * docs/security.md is the table of both. Each test's "Fails if" line says what change would turn it red.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BRIDGE_GLOBAL } from '../shared/bridge.ts';
import { APP_ENTRY_URL, isAppUrl } from './app-url.ts';
import { openExternalSafely } from './external-links.ts';
import { handleInvoke } from './ipc-invoke.ts';
import { allowRedirect, decideNavigation } from './navigation-policy.ts';
import { isTrustedSender } from './sender-check.ts';
import { guardWebContents } from './web-contents-guard.ts';
import { windowWebPreferences } from './web-preferences.ts';
import { REPO_DIR, findInSources, readShellSources } from './testing/shell-sources.ts';

const require = createRequire(import.meta.url);
const readJson = (file: string) => JSON.parse(readFileSync(path.join(REPO_DIR, file), 'utf8'));
const pkg = readJson('package.json');
const shell = readShellSources();
const codeOf = (file: string) => shell.find((s) => s.file === file)!.code;

const findInShell = (pattern: RegExp) => findInSources(shell, pattern);

/** URLs a hostile page or article might try to reach. None may load, open a window or reach the OS. */
const HOSTILE_URLS = [
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:lectern://app/0b7d2c1e',
  'view-source:lectern://app/index.html',
  'chrome://gpu',
  'devtools://devtools/bundled/inspector.html',
  'lectern://evil/index.html',
  'lectern://app.evil.example/index.html',
  'lectern://user@app/index.html',
  'lectern://app:8080/index.html',
  'lectern-save://add?url=https://example.com/',
  'smb://attacker.example/share',
  'ms-msdt:/id PCWDiagnostic',
  'vscode://file/etc/passwd',
  'mailto:someone@example.com',
];

/** A WebContents stand-in that records the guard's handlers, and what it handed to the system browser. */
function guardedContents() {
  const contents = new EventEmitter() as EventEmitter & { openHandler?: (d: { url: string }) => unknown; setWindowOpenHandler(fn: (d: { url: string }) => unknown): void };
  contents.setWindowOpenHandler = (fn) => void (contents.openHandler = fn);
  const opened: string[] = [];
  guardWebContents(contents as never, async (url) => void opened.push(url));
  const emit = (name: string, fields: Record<string, unknown>, ...rest: unknown[]) => {
    const event = { ...fields, prevented: false, preventDefault: () => void (event.prevented = true) };
    contents.emit(name, event, ...rest);
    return event.prevented;
  };
  return { contents, opened, emit };
}

test('11. Do not use allowpopups for WebViews', () => {
  // Fails if: the webview tag is enabled in the window's preferences, or any renderer file writes a
  // <webview>, an allowpopups attribute or createElement('webview').
  assert.equal(windowWebPreferences('/p/preload.cjs').webviewTag, false);
  const rendererDir = path.join(REPO_DIR, 'renderer');
  const files = readdirSync(rendererDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:tsx?|html)$/.test(f) && !f.includes('node_modules'));
  assert.ok(files.length > 50, 'read the renderer');
  const found = files.filter((f) => /<webview\b|allowpopups|createElement\(\s*['"]webview['"]/i.test(readFileSync(path.join(rendererDir, f), 'utf8')));
  assert.deepEqual(found, []);
});

test('12. Verify WebView options before creation', () => {
  // Fails if: guardWebContents stops preventing will-attach-webview, for any options: Lectern has no
  // webview to vet, so every one is refused, even one asking for nothing and pointing at the app.
  const { emit } = guardedContents();
  assert.equal(emit('will-attach-webview', {}, { nodeIntegration: true }, { src: 'https://evil.example/' }), true);
  assert.equal(emit('will-attach-webview', {}, { sandbox: true, contextIsolation: true }, { src: APP_ENTRY_URL }), true);
});

test('13. Disable or limit navigation', () => {
  // Fails if: the top frame may navigate anywhere (even inside the app), a subframe may load anything but
  // an app document or an empty one, a redirect may leave the app origin, or the guard stops preventing.
  const { emit, opened } = guardedContents();
  for (const url of [...HOSTILE_URLS, APP_ENTRY_URL, 'https://example.com.attacker.example/']) {
    assert.equal(decideNavigation(url, true).allow, false, `top frame to ${url}`);
    assert.equal(emit('will-navigate', { url }), true, `will-navigate to ${url}`);
  }
  for (const url of HOSTILE_URLS) {
    assert.equal(decideNavigation(url, false).allow, false, `subframe to ${url}`);
    assert.equal(emit('will-frame-navigate', { url, isMainFrame: false }), true, `will-frame-navigate to ${url}`);
    assert.equal(allowRedirect(url), false, `redirect to ${url}`);
    assert.equal(emit('will-redirect', { url }), true, `will-redirect to ${url}`);
  }
  assert.equal(decideNavigation('lectern://app/articles/abc/document', false).allow, true);
  assert.equal(emit('will-frame-navigate', { url: 'lectern://app/articles/abc/document', isMainFrame: false }), false);
  // A web link is never loaded inside Lectern: it goes to the system browser instead.
  assert.deepEqual(opened, ['https://example.com.attacker.example/']);
});

test('14. Disable or limit creation of new windows', () => {
  // Fails if: the window-open handler ever answers anything but deny (app URLs and web links included), or
  // hands a non-web URL to the system browser.
  const { contents, opened } = guardedContents();
  for (const url of [...HOSTILE_URLS, APP_ENTRY_URL, 'about:blank', 'https://example.com/post']) {
    assert.deepEqual(contents.openHandler?.({ url }), { action: 'deny' }, url);
  }
  assert.deepEqual(opened, ['https://example.com/post']);
});

test('15. Do not use shell.openExternal with untrusted content', () => {
  // Fails if: any scheme but http(s) reaches openExternal, the URL is passed on unnormalized, or
  // shell.openExternal is called anywhere but as the function main.ts hands to guardWebContents.
  const opened: string[] = [];
  const open = async (url: string) => void opened.push(url);
  for (const url of [...HOSTILE_URLS, '//example.com/', 'https://', ' https://example.com', `https://example.com/${'a'.repeat(9000)}`]) {
    assert.equal(openExternalSafely(url, open), false, url);
  }
  assert.equal(openExternalSafely('HTTPS://Example.COM/a?b=c', open), true);
  assert.deepEqual(opened, ['https://example.com/a?b=c']);
  const calls = findInShell(/[^\n]*\bshell\.openExternal\b[^\n]*/);
  assert.equal(calls.length, 1, calls.join('\n'));
  assert.match(calls[0]!, /^main\/main\.ts: .*guardWebContents\(contents, \(url\) => shell\.openExternal\(url\)\)/);
});

test('16. Use a current version of Electron', () => {
  // Fails if: the installed Electron is not the one package.json and the lockfile name, the range allows a
  // prerelease or an older major, or the major drops below the floor the security design relies on
  // (will-frame-navigate and protocol.handle: 25; the grantFileProtocolExtraPrivileges fuse: 29) or below
  // the newest major this project has shipped with (raise SHIPPED_MAJOR when upgrading; never lower it).
  const SHIPPED_MAJOR = 45;
  const installed: string = readJson('node_modules/electron/package.json').version;
  const range: string = pkg.devDependencies.electron;
  const declared = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  assert.ok(declared, `electron's range "${range}" is a caret on a stable release`);
  const [major, minor, patch] = installed.split('.').map(Number) as [number, number, number];
  assert.match(installed, /^\d+\.\d+\.\d+$/, 'a stable release, not a prerelease');
  assert.equal(major, Number(declared[1]), 'the installed major is the declared one');
  assert.ok(minor * 1e6 + patch >= Number(declared[2]) * 1e6 + Number(declared[3]), `installed ${installed} satisfies ${range}`);
  assert.equal(readJson('package-lock.json').packages['node_modules/electron'].version, installed);
  assert.ok(major >= 29 && major >= SHIPPED_MAJOR, `Electron ${major} is older than ${SHIPPED_MAJOR}`);
});

test('17. Validate the sender of all IPC messages', async () => {
  // Fails if: a subframe, another origin, a look-alike lectern:// host or a destroyed frame passes the check,
  // core is reached before the check, or an ipcMain listener is registered outside ipc-invoke.ts (whose
  // one handler runs the check first; the audit checks the order).
  const top = { url: APP_ENTRY_URL, parent: null };
  assert.equal(isTrustedSender(top), true);
  const untrusted = [
    null,
    { url: 'lectern://app/articles/abc/document', parent: top },
    ...HOSTILE_URLS.map((url) => ({ url, parent: null })),
    { url: 'https://evil.example/', parent: null },
  ];
  const reached: unknown[] = [];
  const core = { dispatchUntyped: async (method: unknown) => (reached.push(method), { ok: true as const, value: null }) };
  for (const frame of untrusted) {
    assert.equal(isTrustedSender(frame), false, JSON.stringify(frame));
    const result = await handleInvoke(core, { senderFrame: frame }, 'settings.get', {});
    assert.equal(result.ok === false && result.code, 'FORBIDDEN', JSON.stringify(frame));
  }
  assert.deepEqual(reached, []);
  assert.deepEqual(
    findInShell(/ipcMain\.(?:handle|handleOnce|on|once|addListener)\s*\(/).map((f) => f.split(':')[0]),
    ['main/ipc-invoke.ts'],
  );
});

test('18. Avoid usage of the file:// protocol and prefer usage of custom protocols', () => {
  // Fails if: the app is loaded from a file (loadFile, a file: URL), file: counts as the app's origin,
  // the file protocol is intercepted or re-registered, or the lectern scheme stops being the privileged one.
  assert.equal(new URL(APP_ENTRY_URL).protocol, 'lectern:');
  assert.equal(isAppUrl('file:///opt/lectern/resources/app.asar/dist/renderer/index.html'), false);
  assert.deepEqual(findInShell(/\.loadFile\s*\(|['"`]file:|(?:intercept|register)FileProtocol/), []);
  assert.match(codeOf('main/main.ts'), /protocol\.registerSchemesAsPrivileged\(\[APP_SCHEME_PRIVILEGES\]\)/);
  assert.match(codeOf('main/main.ts'), /serveAppScheme\(protocol,/);
});

test('19. Check which fuses you can change', () => {
  // Fails if: a fuse below changes value, @electron/fuses knows a fuse the config leaves to Electron's
  // default, electron-builder no longer reads a key (its schema or its packager), the app is not packed in
  // an asar archive, or files are unpacked from it (they would escape the integrity check).
  const REQUIRED = {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The main process starts from the normal V8 snapshot; a separate one is only for apps that ship it.
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  };
  const build = pkg.build;
  assert.deepEqual(build.electronFuses, REQUIRED);

  // Every fuse the installed @electron/fuses can flip is decided here, none left to Electron's default.
  const fusesEntry = require.resolve('@electron/fuses', { paths: [path.dirname(require.resolve('app-builder-lib/package.json'))] });
  const { FuseV1Options } = require(fusesEntry) as { FuseV1Options: Record<string, string | number> };
  const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k))).map((k) => k[0]!.toLowerCase() + k.slice(1));
  assert.deepEqual(known.sort(), Object.keys(REQUIRED).sort());

  // electron-builder accepts each key (its schema refuses unknown ones) and flips it while packing.
  const schema = readJson('node_modules/app-builder-lib/scheme.json');
  assert.equal(schema.definitions.FuseOptionsV1.additionalProperties, false);
  const packager = readFileSync(require.resolve('app-builder-lib/out/platformPackager.js'), 'utf8');
  for (const key of Object.keys(REQUIRED)) {
    assert.ok(schema.definitions.FuseOptionsV1.properties[key], `schema knows ${key}`);
    assert.match(packager, new RegExp(`fuses\\.${key} != null`), `the packager flips ${key}`);
  }
  assert.equal(build.asar, true);
  assert.equal(build.asarUnpack, undefined);
});

test('20. Do not expose Electron APIs to untrusted web content', () => {
  // Fails if: the preload exposes anything but createBridge(ipcRenderer) under the one global, or exposes it
  // twice, or the bridge module starts using ipcRenderer or electron itself (it is given three IPC methods and
  // returns four frozen members, tested in preload/create-bridge.test.ts).
  const preload = codeOf('preload/preload.ts');
  assert.equal(BRIDGE_GLOBAL, 'lectern');
  const exposed = [...preload.matchAll(/exposeInMainWorld\s*\(([^;]*)\)\s*;/g)].map((m) => m[1]!.replace(/\s+/g, ''));
  assert.deepEqual(exposed, ['BRIDGE_GLOBAL,createBridge(ipcRenderer)']);
  const bridge = codeOf('preload/create-bridge.ts');
  assert.doesNotMatch(bridge, /\bipcRenderer\b|from\s+['"]electron['"]|\brequire\s*\(/);
  assert.match(bridge, /return Object\.freeze\(bridge\)/);
});
