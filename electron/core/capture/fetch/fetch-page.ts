import { looksLikeHtml } from '../../../shared/text-kind.ts';
import type { AddressSpace, LookupFunction } from './address-policy.ts';
import { httpGet, parseWebUrl, type ResponseHead } from './http-get.ts';
import { asUtf8Page, refuseBinaryBody } from './page-body.ts';
import { webErrors } from './web-error.ts';

export interface FetchPageOptions {
  /** Largest page accepted (decoded), default 15 MB. */
  maxBytes?: number;
  /** Default 10 s. */
  connectTimeoutMs?: number;
  /** Default 30 s, redirects and body included. */
  totalTimeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /**
   * How far in the page may be (address-policy.ts): 'local' when the reader named it (Add URL, the
   * extension), so an intranet wiki or a local docs server can be saved; 'public' by default (links
   * an import brought). Its redirects narrow it further; metadata addresses are never reached.
   */
  reach?: AddressSpace;
  /** Tests: every hop may reach 127.0.0.1 and the local network (metadata addresses stay refused). */
  allowPrivateNetwork?: boolean;
  acceptLanguage?: string;
  signal?: AbortSignal;
  /** Replaces DNS resolution; for tests. */
  lookup?: LookupFunction;
}

interface FetchedPage {
  finalUrl: string;
  bytes: Uint8Array;
  contentType: string;
  status: number;
  /** Where the page came from; its pictures may reach no further in. */
  space: AddressSpace;
}

const PAGE_LIMITS = {
  maxBytes: 15 * 1024 * 1024,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxRedirects: 5,
};

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const PAGE_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** Downloads a web page for capture, refusing anything that is not an HTML page of sensible size. */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const target = parseWebUrl(url);
  const result = await httpGet(target, {
    accept: PAGE_ACCEPT,
    maxBytes: options.maxBytes ?? PAGE_LIMITS.maxBytes,
    connectTimeoutMs: options.connectTimeoutMs ?? PAGE_LIMITS.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? PAGE_LIMITS.totalTimeoutMs,
    maxRedirects: options.maxRedirects ?? PAGE_LIMITS.maxRedirects,
    reach: options.allowPrivateNetwork ? 'local' : (options.reach ?? 'public'),
    keepReach: options.allowPrivateNetwork,
    acceptLanguage: options.acceptLanguage,
    signal: options.signal,
    lookup: options.lookup,
    checkHead: requireHtmlType,
  });
  if (!isHtmlType(result.contentType) && !looksLikeHtml(leadingText(result.bytes))) {
    const sniffed = sniffType(result.bytes);
    throw webErrors.notHtml(result.finalUrl, sniffed ?? (result.contentType || 'application/octet-stream'));
  }
  refuseBinaryBody(result.finalUrl, result.bytes);
  const body = asUtf8Page(result.bytes, result.contentType);
  return { finalUrl: result.finalUrl, bytes: body.bytes, contentType: body.contentType, status: result.status, space: result.space };
}

function mediaType(contentType: string): string {
  return contentType.split(';')[0]?.trim().toLowerCase() ?? '';
}

function isHtmlType(contentType: string): boolean {
  return HTML_TYPES.has(mediaType(contentType));
}

/**
 * Refuses a declared non-HTML type before its body is downloaded (a 40 MB PDF costs nothing).
 * Servers that send no type, or a generic one, get their first bytes sniffed after download instead.
 */
function requireHtmlType(head: ResponseHead): void {
  const type = mediaType(String(head.headers['content-type'] ?? ''));
  if (!type || isHtmlType(type) || type === 'text/plain' || type === 'application/octet-stream') return;
  throw webErrors.notHtml(head.url, type);
}

function leadingText(bytes: Uint8Array): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  return Buffer.from(bytes.subarray(start, start + 512)).toString('latin1').trimStart().toLowerCase();
}


/** The type of a body sent with a generic or missing Content-Type, when its first bytes tell. */
function sniffType(bytes: Uint8Array): string | null {
  const head = leadingText(bytes);
  if (head.startsWith('%pdf-')) return 'application/pdf';
  if (/^(?:\x89png|gif8|\xff\xd8\xff)/.test(head)) return 'image/unknown';
  return null;
}
