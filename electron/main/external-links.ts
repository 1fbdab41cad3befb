/**
 * Links that leave the app open in the system browser. Only http(s) is handed over: file:,
 * javascript:, data:, custom schemes and anything unparsable are refused, because
 * shell.openExternal runs whatever handler the OS has for a scheme.
 */
import { isWebUrl } from '../shared/web-address.ts';

/** True when url is an absolute http(s) URL that is safe to give to the system browser. */
export function isSafeExternalUrl(url: unknown): url is string {
  return typeof url === 'string' && url.length <= 8192 && isWebUrl(url);
}

/** Opens url with openExternal (Electron's shell.openExternal) when it is safe; returns whether it did. */
export function openExternalSafely(url: unknown, openExternal: (url: string) => Promise<void>): boolean {
  if (!isSafeExternalUrl(url)) return false;
  // Hand over the re-serialized URL, not the raw string the page gave us.
  openExternal(new URL(url).href).catch(() => {
    // No browser configured: nothing useful to tell the page, which never sees the result.
  });
  return true;
}
