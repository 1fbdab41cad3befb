/**
 * Applies the navigation, window-open and webview policies to a WebContents. Installed from
 * app 'web-contents-created', so every WebContents is covered, including any we never
 * meant to create.
 */
import type { Session, WebContents } from 'electron';
import { allowRedirect, decideNavigation } from './navigation-policy.ts';
import { openExternalSafely } from './external-links.ts';
import { allowPermission } from './permission-policy.ts';

type OpenExternal = (url: string) => Promise<void>;

/** Denies navigation away from the app, window.open and <webview>; web links go to the system browser. */
export function guardWebContents(contents: WebContents, openExternal: OpenExternal): void {
  // Top frame: will-navigate. Subframes: will-frame-navigate (it fires for the top frame too, so skip it there).
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, true);
    event.preventDefault();
    if (decision.openExternally) openExternalSafely(decision.openExternally, openExternal);
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    const decision = decideNavigation(event.url, false);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) openExternalSafely(decision.openExternally, openExternal);
  });
  contents.on('will-redirect', (event) => {
    if (!allowRedirect(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission except clipboard access for the app's own top frame. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowPermission(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowPermission(permission, requestingOrigin, details.isMainFrame),
  );
  // WebHID, WebUSB, Web Serial: never.
  session.setDevicePermissionHandler(() => false);
}
