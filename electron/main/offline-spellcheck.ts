/**
 * Offline means offline: with spellcheck on, Electron downloads Hunspell dictionaries from Google's CDN on
 * Linux and Windows the first time a language is needed. Pointing the download at the app's own scheme
 * makes every such request fail at once without a byte on the network (the network stack does not know
 * the scheme, and the app's handler would answer 404); macOS, and Windows where the system spellchecker
 * has the language, use the operating system's dictionaries, which need no download.
 */
import type { Session } from 'electron';
import { APP_SCHEME } from '../shared/bridge.ts';

/** Where dictionaries are "downloaded" from: a path of the app's own scheme that serves nothing. */
const NOWHERE = `${APP_SCHEME}://app/spellcheck-dictionaries-are-never-downloaded/`;

/** Stops the spellchecker from fetching dictionaries; the OS spellchecker keeps working where there is one. */
export function keepSpellcheckOffline(session: Pick<Session, 'setSpellCheckerDictionaryDownloadURL'>, platform: NodeJS.Platform): void {
  // A no-op on macOS, where the OS spellchecker is always used: calling it there would only log a warning.
  if (platform === 'darwin') return;
  session.setSpellCheckerDictionaryDownloadURL(NOWHERE);
}
