/**
 * The extension's manifest.json for each browser from one description: Manifest V3, least privilege
 * (activeTab + scripting to read a page only when the reader asks; host access only to the app's
 * loopback listener), and a strict CSP for the extension's own pages (no remote code, no eval).
 * Chromium runs the background as a service worker; Firefox as an event page with an add-on id.
 */
import { LISTENER_PORTS } from '../api/lectern-client.ts';

/** The browsers the build makes a package for. */
type ExtensionTarget = 'chromium' | 'firefox';

/** The Firefox add-on id (stable: Firefox keeps the extension's storage, and so its token and queue, under it). */
const GECKO_ID = 'browser-extension@lectern.invalid';

const PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms'];
const HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The CSP of the popup and the background: only the extension's own files, and fetches to the listener. */
function extensionPagesCsp(): string {
  const listener = LISTENER_PORTS.flatMap((port) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`]).join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src ${listener}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The manifest for `target` at `version` (package.json's version). */
export function buildManifest(target: ExtensionTarget, version: string): Record<string, unknown> {
  const icons = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' };
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'Lectern',
    short_name: 'Lectern',
    version,
    description: 'Save the page you are reading to Lectern, your offline reader, exactly as you see it.',
    icons,
    action: { default_title: 'Save to Lectern', default_popup: 'popup.html', default_icon: { 16: icons[16], 32: icons[32] } },
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Save this page to Lectern' } },
    permissions: PERMISSIONS,
    host_permissions: HOST_PERMISSIONS,
    content_security_policy: { extension_pages: extensionPagesCsp() },
  };
  if (target === 'chromium') {
    manifest.background = { service_worker: 'background.js' };
    manifest.minimum_chrome_version = '121';
  } else {
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = {
      // The extension sends pages only to the app on this computer; nothing goes to anyone else.
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
