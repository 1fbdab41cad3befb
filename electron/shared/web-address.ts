/**
 * Web addresses as people type and paste them, and as Lectern shows them. One recogniser for the add-link
 * field, pasted links, the CLI's arguments and core's capture; whether an address may be fetched at all
 * is a different rule (core/capture/fetch/address-policy.ts).
 */

// The WHATWG URL class, which Node and every browser have; shared code is typed without DOM or Node.
interface ParsedUrl {
  protocol: string;
  hostname: string;
  host: string;
  pathname: string;
  search: string;
}
declare const URL: new (url: string, base?: string) => ParsedUrl;

const SCHEME = /^https?:\/\/[^\s/?#]+\S*$/i;
/** A host with a dot and a known-looking top level (letters), then an optional port and path. */
const BARE_HOST = /^(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;
/** Another scheme ("mailto:", "javascript:"), not a host with a port ("example.com:8080"). */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HOST_AND_PORT = /^[^/:]+\.[^/:]+:\d/;

/** True for an absolute http(s) URL with a host and no spaces: the only kind Lectern fetches or hands to a browser. */
export function isWebUrl(url: unknown): url is string {
  if (typeof url !== 'string' || /\s/.test(url)) return false;
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
}

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

interface WebAddressOptions {
  /**
   * Accept a bare host ("example.com/post", https assumed as browsers do). Off where a word could as well
   * be a file name ("notes.md" on a command line): then only http(s):// or a leading www. counts.
   */
  bareHosts?: boolean;
}

/** One typed or pasted token as an http(s) address, or null when it is not one. */
export function toWebAddress(token: string, { bareHosts = true }: WebAddressOptions = {}): string | null {
  const trimmed = trimTrailing(token.trim().replace(/^<(.*)>$/, '$1').replace(/^[(['"]+/, ''));
  if (!trimmed) return null;
  if (SCHEME.test(trimmed)) return trimmed;
  if (OTHER_SCHEME.test(trimmed) && !HOST_AND_PORT.test(trimmed)) return null;
  if (!bareHosts && !/^www\./i.test(trimmed)) return null;
  if (trimmed.startsWith('//') && BARE_HOST.test(trimmed.slice(2))) return `https:${trimmed}`;
  if (BARE_HOST.test(trimmed)) return `https://${trimmed}`;
  return null;
}

interface AddressList {
  urls: string[];
  /** The words that are not addresses, so a field can name them instead of silently dropping them. */
  rejected: string[];
}

/** Splits text (one address a line, or separated by spaces or commas) into distinct addresses, in order, and the other words. */
export function parseWebAddresses(text: string): AddressList {
  const urls: string[] = [];
  const rejected: string[] = [];
  for (const token of text.split(/[\s,]+/)) {
    if (!token) continue;
    const url = toWebAddress(token);
    if (url === null) rejected.push(token);
    else if (!urls.includes(url)) urls.push(url);
  }
  return { urls, rejected };
}

function parse(url: string, base?: string): ParsedUrl | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

function withoutWww(host: string): string {
  return host.replace(/^www\./, '');
}

/** The host name a person recognizes ("example.com", without www or port), or null when url is not a URL. */
export function displayHost(url: string, base?: string): string | null {
  const hostname = parse(url, base)?.hostname;
  return hostname ? withoutWww(hostname) : null;
}

/** "example.com/blog/a-long-…": an address short enough for a progress line or a row. */
export function shortAddress(url: string, max = 48): string {
  const parsed = parse(url);
  // Not a URL after all: shown as typed.
  const shown = parsed ? `${withoutWww(parsed.host)}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}` : url;
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
