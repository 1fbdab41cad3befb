/**
 * The app's own scheme. Registered as standard + secure so the renderer gets a real origin
 * (lectern://app) with fetch, storage and a strict CSP, and stream so large article assets
 * are not buffered. No bypassCSP, no CORS, no service workers: core's responses carry the CSP.
 */
import type { CustomScheme, Protocol } from 'electron';
import { APP_SCHEME } from '../shared/bridge.ts';

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

/** Serves every lectern:// request through core; a failure becomes a 500, never a hung request. */
export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, handleAppRequest: (request: Request) => Promise<Response>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      return await handleAppRequest(request);
    } catch {
      return new Response('Lectern could not serve this request.', { status: 500, headers: { 'content-type': 'text/plain' } });
    }
  });
}
