/**
 * Reads what a person typed or pasted as a list of web addresses: one per line, or separated by spaces or
 * commas. Bare "example.com/post" counts (https is assumed, as browsers do); anything else is returned as
 * rejected so the field can say which words it could not use instead of silently dropping them.
 */

export interface UrlList {
  urls: string[];
  rejected: string[];
}

const SCHEME = /^https?:\/\/[^\s/?#]+\S*$/i;
/** A host with a dot and a known-looking top level (letters), then an optional port and path. */
const BARE_HOST = /^(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

/** Drops what ends a sentence rather than the link: "see example.com/a." or "(example.com/a)". */
function trimTrailing(token: string): string {
  let text = token.replace(/[.,;:!?'"]+$/, '');
  while (/[)\]]$/.test(text)) {
    const close = text.endsWith(')') ? ')' : ']';
    const open = close === ')' ? '(' : '[';
    if (text.split(open).length >= text.split(close).length) break; // balanced: the bracket belongs to the link
    text = text.slice(0, -1).replace(/[.,;:!?'"]+$/, '');
  }
  return text;
}

/** Normalizes one token to an http(s) URL, or null when it is not one. */
export function toWebUrl(token: string): string | null {
  const trimmed = trimTrailing(token.trim().replace(/^<(.*)>$/, '$1').replace(/^[(['"]+/, ''));
  if (!trimmed) return null;
  if (SCHEME.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/:]+\.[^/:]+:\d/.test(trimmed)) return null;
  if (trimmed.startsWith('//') && BARE_HOST.test(trimmed.slice(2))) return `https:${trimmed}`;
  if (BARE_HOST.test(trimmed)) return `https://${trimmed}`;
  return null;
}

/** Splits text into distinct web addresses (in the order given) and the words that are not addresses. */
export function parseUrlList(text: string): UrlList {
  const urls: string[] = [];
  const rejected: string[] = [];
  for (const token of text.split(/[\s,]+/)) {
    if (!token) continue;
    const url = toWebUrl(token);
    if (url === null) rejected.push(token);
    else if (!urls.includes(url)) urls.push(url);
  }
  return { urls, rejected };
}

/** "example.com/blog/a-long-…": a link short enough for a progress line or a row. */
export function shortUrl(url: string, max = 48): string {
  let shown = url;
  try {
    const parsed = new URL(url);
    shown = `${parsed.host.replace(/^www\./, '')}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`;
  } catch {
    // not a URL after all: show it as typed
  }
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/** The host a person recognizes ("example.com"), or the text itself. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
