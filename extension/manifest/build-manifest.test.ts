import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildManifest } from './build-manifest.ts';

const chromium = buildManifest('chromium', '1.2.3');
const firefox = buildManifest('firefox', '1.2.3');

test('both browsers get the same Manifest V3 extension at the given version', () => {
  for (const manifest of [chromium, firefox]) {
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.version, '1.2.3');
    assert.deepEqual((manifest.action as { default_popup: string }).default_popup, 'popup.html');
    assert.deepEqual(Object.keys(manifest.commands as object), ['_execute_action']);
  }
  const { background: _a, minimum_chrome_version: _b, ...chromiumShared } = chromium;
  const { background: _c, browser_specific_settings: _d, ...firefoxShared } = firefox;
  assert.deepEqual(chromiumShared, firefoxShared);
});

test('least privilege: page access only through activeTab, host access only to the loopback listener', () => {
  for (const manifest of [chromium, firefox]) {
    assert.deepEqual(manifest.permissions, ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms']);
    assert.deepEqual(manifest.host_permissions, ['http://127.0.0.1/*', 'http://localhost/*']);
    const text = JSON.stringify(manifest);
    for (const broad of ['<all_urls>', '*://*/*', 'https://*/*', 'tabs', 'webRequest', 'cookies', 'content_scripts', 'web_accessible_resources', 'externally_connectable']) {
      assert.ok(!text.includes(`"${broad}`), `${broad} is not asked for`);
    }
  }
});

test('the extension pages CSP allows only its own scripts and fetches to the listener ports', () => {
  const csp = (chromium.content_security_policy as { extension_pages: string }).extension_pages;
  const directives = new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  assert.deepEqual(directives.get('script-src'), ["'self'"]);
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  const connect = directives.get('connect-src') ?? [];
  assert.equal(connect.length, 10);
  assert.ok(connect.every((origin) => /^http:\/\/(127\.0\.0\.1|localhost):4781[5-9]$/.test(origin)), connect.join(' '));
  assert.ok(!/unsafe|https?:\/\/(?!127\.0\.0\.1|localhost)|\*/.test(csp), csp);
});

test('Chromium runs a service worker; Firefox an event page, with a fixed add-on id', () => {
  assert.deepEqual(chromium.background, { service_worker: 'background.js' });
  assert.equal(chromium.browser_specific_settings, undefined);
  assert.deepEqual(firefox.background, { scripts: ['background.js'] });
  const gecko = (firefox.browser_specific_settings as { gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown } }).gecko;
  assert.match(gecko.id, /^[a-z0-9.-]+@[a-z0-9.-]+$/);
  assert.equal(gecko.strict_min_version, '140.0');
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
});
