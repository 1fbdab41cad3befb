/**
 * The gate in front of every IPC handler. Any frame in any process can send IPC, so before
 * looking at a message we ask who sent it: only the top frame of our own app origin may
 * talk to core. Article iframes, stray subframes and navigated-away pages are refused.
 */
import { isAppUrl } from './app-url.ts';

/** The few fields of Electron's WebFrameMain the check reads (kept minimal so it is testable). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** True only for the top frame of a lectern://app document; a missing (destroyed) frame is refused. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
