/**
 * The `lectern-save://add?url=<encoded>` deep link (a bookmarklet, another app): the one thing it may do is
 * hand Lectern a web address to save through the normal capture queue. It is a different scheme from the
 * privileged lectern://app origin, and anything else it might say (another action, another scheme inside,
 * a script) is refused here, once, for main and core alike.
 */
import { isWebUrl } from './web-address.ts';

// The WHATWG URL class, which Node and every browser have; shared code is typed without DOM or Node.
interface ParsedLink {
  protocol: string;
  hostname: string;
  pathname: string;
  searchParams: { getAll(name: string): string[] };
}
declare const URL: new (url: string) => ParsedLink;

/** The scheme the OS hands to Lectern (registered by the Electron shell). */
export const SAVE_LINK_SCHEME = 'lectern-save';

/** Longer than any address worth saving; a longer link is refused unread. */
const MAX_LINK_LENGTH = 16_384;

type ParsedSaveLink = { ok: true; url: string } | { ok: false; reason: string };

/** True when a command-line argument or an OS hand-over is a save link (and not a file to import). */
export function isSaveLink(text: string): boolean {
  return text.slice(0, SAVE_LINK_SCHEME.length + 1).toLowerCase() === `${SAVE_LINK_SCHEME}:`;
}

/** The web address a save link asks to save, or a sentence saying why the link is refused. */
export function parseSaveLink(link: string): ParsedSaveLink {
  const shown = link.length > 200 ? `${link.slice(0, 200)}…` : link;
  if (!isSaveLink(link)) return { ok: false, reason: `"${shown}" is not a ${SAVE_LINK_SCHEME}:// link.` };
  if (link.length > MAX_LINK_LENGTH) return { ok: false, reason: `That ${SAVE_LINK_SCHEME}:// link is too long to be a link to save.` };
  let parsed: ParsedLink;
  try {
    parsed = new URL(link);
  } catch {
    return { ok: false, reason: `"${shown}" is not a well-formed ${SAVE_LINK_SCHEME}:// link.` };
  }
  // lectern-save://add?url=… (host "add"); some browsers and OSes add a slash or drop the two slashes.
  const action = (parsed.hostname || parsed.pathname).replace(/^\/+|\/+$/g, '').toLowerCase();
  if (action !== 'add' || (parsed.hostname !== '' && parsed.pathname.replace(/\/+$/, '') !== '')) {
    return { ok: false, reason: `A ${SAVE_LINK_SCHEME}:// link can only add a link (${SAVE_LINK_SCHEME}://add?url=…); "${shown}" asks for something else.` };
  }
  const urls = parsed.searchParams.getAll('url');
  if (urls.length !== 1) return { ok: false, reason: `A ${SAVE_LINK_SCHEME}://add link names exactly one url=…; "${shown}" names ${urls.length}.` };
  const url = urls[0]!.trim();
  const named = url.slice(0, 200);
  if (isWebUrl(url)) return { ok: true, url };
  return { ok: false, reason: `"${named}" is not a web address Lectern can save: only http and https pages are saved.` };
}
