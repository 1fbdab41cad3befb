/**
 * Links an export holds that are not articles Lectern can save: a bookmarklet, an e-mail address, a
 * Firefox smart folder, a file on someone's disk. Each becomes a line in the import report with the reason,
 * instead of an article that could never be fetched.
 */
import { isWebUrl } from '../../../shared/web-address.ts';
import type { ImportEntry } from '../import-item.ts';

const KNOWN_SCHEMES: Record<string, string> = {
  javascript: 'a bookmarklet (javascript:), not a web page',
  mailto: 'an e-mail address (mailto:), not a web page',
  place: 'a Firefox smart folder (place:), not a web page',
  file: 'a file on a computer (file:), not a web page',
};

/** Why a link cannot be imported (a clause for the report, naming its scheme), or null when it is an http(s) address. */
export function nonWebLinkReason(url: string): string | null {
  const address = url.trim();
  if (address === '') return 'it has no web address';
  // Kept as a plain boolean: isWebUrl's type guard would narrow `address` to never below.
  const isWeb: boolean = isWebUrl(address);
  if (isWeb) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return KNOWN_SCHEMES[scheme] ?? `a ${scheme}: link; Lectern saves web pages (http and https) only`;
  }
  return `"${address.slice(0, 80)}" is not a complete web address`;
}

/** The report entry for a link passed over. */
export function skippedLink(where: string, url: string | null, title: string | null, reason: string): ImportEntry {
  return { kind: 'skipped', skipped: { where, url: url === '' ? null : url, title, reason } };
}
