/**
 * When two saved links are the same article: the one rule for duplicates, used by imports (within a file
 * and against the library) and by saving a link that is already there.
 *
 * The policy, shown to people in the import preview: the fragment, a leading `www.`, the scheme (http and
 * https), a trailing slash, default ports and the common tracking parameters (utm_*, fbclid, gclid, …)
 * do not make a different article; every other part of the address does.
 */

interface ParsedUrl {
  protocol: string;
  hostname: string;
  port: string;
  pathname: string;
  searchParams: { keys(): Iterable<string>; getAll(name: string): string[]; sort(): void; delete(name: string): void; toString(): string };
}
declare const URL: new (url: string) => ParsedUrl;

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref_src|oly_anon_id|oly_enc_id|vero_id|wt_mc|__s)$/i;

/**
 * The key two addresses share when they are the same article, or null for something that is not an
 * http(s) address. Not an address to fetch: it drops the scheme.
 */
export function urlIdentity(url: string): string | null {
  let parsed: ParsedUrl;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  if (host === '') return null;
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : '';
  // A copy of the keys: deleting while iterating the live list would skip the parameter after each deleted one.
  // oxlint-disable-next-line no-useless-spread -- the copy is the point
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  parsed.searchParams.sort();
  const query = parsed.searchParams.toString();
  const path = parsed.pathname.replace(/\/+$/, '') || '';
  return `${host}${port}${path}${query ? `?${query}` : ''}`;
}
