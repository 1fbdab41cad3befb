/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), items 1 to 10,
 * one test each, named after the item. Each runs the real policy code (or reads the real config) and says
 * in a "Fails if" line what change would turn it red. Items 11 to 20 are in security-checklist-11-to-20.test.ts;
 * docs/security.md is the table of both. The anti-pattern scan is security-audit.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_CSP, ARTICLE_CSP } from '../core/protocol/content-security.ts';
import { createAppRequestHandler } from '../core/protocol/handle-app-request.ts';
import { APP_SCHEME_PRIVILEGES, serveAppScheme } from './app-protocol.ts';
import { APP_ENTRY_URL } from './app-url.ts';
import { guardSession } from './web-contents-guard.ts';
import { windowWebPreferences } from './web-preferences.ts';
import { ELECTRON_DIR, REPO_DIR, findInSources, readShellSources } from './testing/shell-sources.ts';

const prefs = windowWebPreferences('/opt/lectern/resources/app.asar/dist/preload/preload.cjs');
const shell = readShellSources();
const mainCode = shell.find((s) => s.file === 'main/main.ts')!.code;
const preloadCode = shell.find((s) => s.file === 'preload/preload.ts')!.code;

const findInShell = (pattern: RegExp) => findInSources(shell, pattern);

/** A CSP as directive → source list. */
function parseCsp(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What a directive falls back to when it is absent (CSP Level 3: fetch directives fall back to default-src). */
function effective(csp: Map<string, string[]>, directive: string): string[] {
  return csp.get(directive) ?? csp.get('default-src') ?? ['*'];
}

test('1. Only load secure content', () => {
  // Fails if: the window loads a dev server or any http(s) URL, the lectern scheme stops being "secure",
  // a CSP admits a network source, or index.html pulls a script or stylesheet from the web.
  assert.equal(new URL(APP_ENTRY_URL).protocol, 'lectern:');
  assert.equal(APP_SCHEME_PRIVILEGES.privileges?.secure, true);
  const loads = findInShell(/\.loadURL\s*\(([^)]*)\)/);
  assert.ok(loads.length >= 1, 'the window is loaded somewhere');
  for (const load of loads) assert.match(load, /loadURL\s*\(\s*APP_ENTRY_URL\s*\)$/, load);
  for (const csp of [APP_CSP, ARTICLE_CSP]) {
    for (const [directive, sources] of parseCsp(csp)) {
      for (const source of sources) {
        // Only keywords and data: for pictures; no scheme, host or wildcard that reaches a network.
        assert.match(source, /^(?:'self'|'none'|'unsafe-inline'|data:)$/, `${directive} ${source}`);
      }
    }
  }
  const indexHtml = readFileSync(path.join(REPO_DIR, 'renderer/index.html'), 'utf8');
  assert.doesNotMatch(indexHtml, /(?:src|href)\s*=\s*["']?(?:[a-z]+:)?\/\//i, 'index.html loads nothing from another origin');
});

test('2. Do not enable Node.js integration for remote content', () => {
  // Fails if: the window's preferences turn on any node integration, or a second window or view is built
  // with preferences of its own (only create-window.ts makes one, through windowWebPreferences).
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.nodeIntegrationInSubFrames, false);
  assert.deepEqual(findInShell(/new\s+BrowserWindow\s*\(/), ['main/create-window.ts: new BrowserWindow(']);
  assert.deepEqual(findInShell(/\b(?:WebContentsView|BrowserView|webContents\.create)\b/), []);
});

test('3. Enable context isolation', () => {
  // Fails if: contextIsolation is turned off, or the preload hands the page something by writing to
  // window/globalThis (which only works without isolation) instead of through contextBridge.
  assert.equal(prefs.contextIsolation, true);
  assert.match(preloadCode, /contextBridge\.exposeInMainWorld\(/);
  assert.doesNotMatch(preloadCode, /\b(?:window|globalThis|self)\s*(?:\.\s*\w+|\[[^\]]*\])\s*=[^=]/);
});

test('4. Enable process sandboxing', () => {
  // Fails if: the window's sandbox is off, app.enableSandbox() goes or moves after 'ready' (it must run
  // first to cover every renderer), a --no-sandbox switch appears, or the preload imports anything a
  // sandboxed preload cannot require (only 'electron').
  assert.equal(prefs.sandbox, true);
  const enable = mainCode.search(/app\.enableSandbox\(\)/);
  assert.ok(enable !== -1 && enable < mainCode.search(/app\.whenReady\(/), 'app.enableSandbox() runs before whenReady');
  assert.deepEqual(findInShell(/['"](?:no-sandbox|disable-gpu-sandbox|no-zygote)['"]/), []);
  const preloadDir = path.join(ELECTRON_DIR, 'preload');
  const packages = readdirSync(preloadDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) => [...readFileSync(path.join(preloadDir, f), 'utf8').matchAll(/^import\s+(?!type\b)[^'"]*['"]([^.'"][^'"]*)['"]/gm)].map((m) => m[1]));
  assert.deepEqual([...new Set(packages)], ['electron']);
});

test('5. Handle session permission requests from remote content', () => {
  // Fails if: any permission Electron knows (read from its own typings, so new ones are covered) is granted
  // to anyone but the app's top frame, anything beyond the two clipboard permissions is granted at all,
  // device access is allowed, or a second session (a partition) appears that guardSession does not cover.
  const typings = readFileSync(path.join(REPO_DIR, 'node_modules/electron/electron.d.ts'), 'utf8');
  const union = /setPermissionRequestHandler\(handler: \(\(webContents: WebContents, permission: ([^,]+),/.exec(typings)?.[1] ?? '';
  const permissions = [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  assert.ok(permissions.length > 30 && permissions.includes('media') && permissions.includes('openExternal'), 'read the permission list from electron.d.ts');

  const handlers: { request?: Function; check?: Function; device?: Function } = {};
  guardSession({
    setPermissionRequestHandler: (fn: Function) => void (handlers.request = fn),
    setPermissionCheckHandler: (fn: Function) => void (handlers.check = fn),
    setDevicePermissionHandler: (fn: Function) => void (handlers.device = fn),
  } as never);
  const requesters = [
    { url: 'lectern://app/index.html', isMainFrame: true },
    { url: 'lectern://app/articles/abc/document', isMainFrame: false },
    { url: 'https://evil.example/', isMainFrame: true },
    { url: 'file:///etc/passwd', isMainFrame: true },
    { url: 'lectern://evil/index.html', isMainFrame: true },
  ];
  const granted: string[] = [];
  for (const permission of permissions) {
    for (const { url, isMainFrame } of requesters) {
      let answer: boolean | undefined;
      handlers.request!({}, permission, (ok: boolean) => (answer = ok), { requestingUrl: url, isMainFrame });
      const checked = handlers.check!({}, permission, url, { isMainFrame, requestingUrl: url });
      assert.equal(answer, checked, `request and check agree on ${permission} for ${url}`);
      if (answer) granted.push(`${permission} ${url}`);
    }
  }
  assert.deepEqual(granted, ['clipboard-read lectern://app/index.html', 'clipboard-sanitized-write lectern://app/index.html']);
  assert.equal(handlers.device!({ deviceType: 'usb', origin: 'lectern://app' }), false);
  assert.match(mainCode, /guardSession\(session\.defaultSession\)/);
  assert.deepEqual(findInShell(/fromPartition|partition\s*:|session\.fromPath/), []);
});

test('6. Do not disable webSecurity', () => {
  // Fails if: webSecurity is set false, or Chromium's same-origin policy is switched off on the command line.
  assert.equal(prefs.webSecurity, true);
  assert.deepEqual(findInShell(/webSecurity\s*:\s*false|disable-web-security|disable-site-isolation-trials/), []);
});

test('7. Define a Content-Security-Policy', async () => {
  // Fails if: script-src allows anything but our own files ('unsafe-eval', 'unsafe-inline', a host), plugins
  // or <base> come back, the app may be framed, an article gets script or network access, a response from
  // the app origin goes out without the header, or the scheme is registered with bypassCSP.
  const app = parseCsp(APP_CSP);
  assert.deepEqual(app.get('default-src'), ["'self'"]);
  assert.deepEqual(effective(app, 'script-src'), ["'self'"]);
  assert.deepEqual(app.get('object-src'), ["'none'"]);
  assert.deepEqual(app.get('base-uri'), ["'none'"]);
  assert.deepEqual(app.get('form-action'), ["'none'"]);
  assert.deepEqual(app.get('frame-ancestors'), ["'none'"]);
  const article = parseCsp(ARTICLE_CSP);
  assert.deepEqual(article.get('default-src'), ["'none'"]);
  for (const directive of ['script-src', 'connect-src', 'frame-src', 'object-src', 'media-src', 'worker-src']) {
    assert.deepEqual(effective(article, directive), ["'none'"], `article ${directive}`);
  }
  assert.deepEqual(article.get('base-uri'), ["'none'"]);
  assert.deepEqual(article.get('frame-ancestors'), ["'self'"]);
  assert.equal(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP, undefined);

  // Delivered as a header on every response, through the real scheme handler over core's real request handler.
  const rendererDir = mkdtempSync(path.join(tmpdir(), 'lectern-csp-'));
  try {
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    let serve: ((request: Request) => Promise<Response>) | undefined;
    serveAppScheme({ handle: (_scheme: string, fn: typeof serve) => void (serve = fn) } as never, createAppRequestHandler(rendererDir, () => null));
    const csp = async (url: string) => (await serve!(new Request(url))).headers.get('content-security-policy');
    assert.equal(await csp('lectern://app/index.html'), APP_CSP);
    assert.equal(await csp('lectern://app/missing.js'), APP_CSP);
    assert.equal(await csp('lectern://app/articles/abc/document'), ARTICLE_CSP);
    assert.equal(await csp('lectern://app/articles/abc/assets/x.png'), ARTICLE_CSP);
  } finally {
    rmSync(rendererDir, { recursive: true, force: true });
  }
});

test('8. Do not enable allowRunningInsecureContent', () => {
  // Fails if: allowRunningInsecureContent is set true, or the insecure-content switch is added.
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.deepEqual(findInShell(/allowRunningInsecureContent\s*:\s*true|allow-running-insecure-content/), []);
});

test('9. Do not enable experimental features', () => {
  // Fails if: experimentalFeatures is set true, or experimental web platform features are switched on.
  assert.equal(prefs.experimentalFeatures, false);
  assert.deepEqual(findInShell(/experimentalFeatures\s*:\s*true|enable-experimental-web-platform-features/), []);
});

test('10. Do not use enableBlinkFeatures', () => {
  // Fails if: the window's preferences or the command line enable Blink features.
  assert.equal(prefs.enableBlinkFeatures, undefined);
  assert.deepEqual(findInShell(/enableBlinkFeatures|enable-blink-features/), []);
});
