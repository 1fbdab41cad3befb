/**
 * Web permissions. Everything is denied except clipboard access for the app's own top frame:
 * "Paste as article" reads the clipboard and "copy" buttons write it, which Chromium gates
 * behind these two permissions. Article frames and any other origin get nothing.
 */
import { isAppUrl } from './app-url.ts';

const APP_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/** True when permission may be granted to a page at requestingUrl (an origin or a full URL). */
export function allowPermission(permission: string, requestingUrl: string | undefined, isMainFrame: boolean): boolean {
  if (!APP_PERMISSIONS.has(permission) || !isMainFrame) return false;
  return typeof requestingUrl === 'string' && isAppUrl(requestingUrl);
}
