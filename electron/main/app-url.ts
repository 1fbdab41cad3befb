/**
 * Where the app lives. The renderer is served from a privileged custom scheme through core's
 * handleAppRequest, never from file:// (which would grant the page access to the whole disk).
 */
import { APP_SCHEME } from '../shared/bridge.ts';

const APP_HOST = 'app';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when url is a document of the app's own origin (lectern://app, no port, no credentials). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node's URL reports origin "null" for non-special schemes, so compare the parts instead.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
