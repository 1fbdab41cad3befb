/**
 * The app's own scheme. Registered as standard + secure so the renderer gets a real origin
 * (lectern://app) with fetch, storage and a strict CSP, and stream so large article assets
 * are not buffered. No bypassCSP, no CORS, no service workers: core's responses carry the CSP.
 */
import type { CustomScheme, Protocol } from 'electron';
import { APP_SCHEME } from '../shared/bridge.ts';
import { isAppUrl } from './app-url.ts';

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

const plain = (status: number, text: string) => new Response(text, { status, headers: { 'content-type': 'text/plain' } });

/**
 * Serves lectern://app requests through core; a failure becomes a 500, never a hung request.
 * Core does not look at the host (the browser shell serves it on 127.0.0.1), so any other
 * lectern:// host is refused here: there is exactly one app origin.
 */
export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, handleAppRequest: (request: Request) => Promise<Response>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (!isAppUrl(request.url)) return plain(404, 'Not found');
    try {
      return await handleAppRequest(request);
    } catch {
      return plain(500, 'Lectern could not serve this request.');
    }
  });
}
