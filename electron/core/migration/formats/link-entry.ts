/**
 * One saved link of an export as an import entry. Every reader ends the same way: an address that is not a
 * web page (a bookmarklet, an e-mail address, a Firefox smart folder, a file on someone's disk, nothing at
 * all) becomes a line in the import report with the reason, instead of an article that could never be
 * fetched; any other address becomes an item with the reader's fields spread over an empty one.
 */
import { isWebUrl } from '../../../shared/web-address.ts';
import { emptyItem, type ImportEntry, type ImportItem } from '../import-item.ts';

const KNOWN_SCHEMES: Record<string, string> = {
  javascript: 'a bookmarklet (javascript:), not a web page',
  mailto: 'an e-mail address (mailto:), not a web page',
  place: 'a Firefox smart folder (place:), not a web page',
  file: 'a file on a computer (file:), not a web page',
};

/** Why a link cannot be imported (a clause for the report, naming its scheme), or null when it is an http(s) address. */
function nonWebLinkReason(url: string): string | null {
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

/** The fields a reader knows about a link beyond its place, address and title. */
type LinkFields = Partial<Omit<ImportItem, 'where' | 'url' | 'title'>>;

/**
 * The entry for the link at `where`: skipped with its reason when the address is not a web page, else an
 * item with these fields. A title that is only the address again is no title (Pocket, Instapaper and the
 * browsers write the address for a page they could not name); the article's own title replaces it later.
 */
export function linkEntry(where: string, url: string | null, title: string | null, fields: LinkFields = {}): ImportEntry {
  const address = url?.trim() ?? '';
  const reason = nonWebLinkReason(address);
  if (reason !== null) return { kind: 'skipped', skipped: { where, url: address === '' ? null : address, title, reason } };
  return { kind: 'item', item: { ...emptyItem(where), ...fields, url: address, title: title === address ? null : title } };
}
