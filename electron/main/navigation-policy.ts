/**
 * What may load where. The app is a single page on lectern://app, so its top frame never
 * navigates; subframes (the sandboxed article view) may load app documents only. A link the
 * reader clicks that points to the web is opened in the system browser instead, so an
 * article never loads remote content inside Lectern.
 */
import { isAppUrl } from './app-url.ts';
import { isSafeExternalUrl } from './external-links.ts';

interface NavigationDecision {
  allow: boolean;
  /** A URL to hand to the system browser instead, or null. */
  openExternally: string | null;
}

const EMPTY_FRAME_URLS = new Set(['about:blank', 'about:srcdoc']);

/** Decides a navigation about to start in the top frame (isMainFrame) or a subframe. */
export function decideNavigation(url: string, isMainFrame: boolean): NavigationDecision {
  const allow = !isMainFrame && (isAppUrl(url) || EMPTY_FRAME_URLS.has(url));
  if (allow) return { allow, openExternally: null };
  return { allow: false, openExternally: isSafeExternalUrl(url) ? url : null };
}

/** Server redirects may only stay inside the app origin. */
export function allowRedirect(url: string): boolean {
  return isAppUrl(url);
}
