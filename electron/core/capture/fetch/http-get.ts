import type { ClientRequest, IncomingHttpHeaders, IncomingMessage } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { checkConnectedAddress, checkUrlHost, createGuardedLookup, narrowerReach, type AddressSpace, type LookupFunction } from './address-policy.ts';
import { CookieJar } from './cookie-jar.ts';
import { type WebError, webErrors } from './web-error.ts';

/** A current desktop browser's identity: some sites serve a bare page or a 403 to unknown agents. */
const BROWSER_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

interface HttpGetOptions {
  /** The Accept header. */
  accept: string;
  /** Largest body accepted, counted both as sent and after decompression (a gzip bomb stops here). */
  maxBytes: number;
  connectTimeoutMs: number;
  /** Whole request, redirects and body included. */
  totalTimeoutMs: number;
  maxRedirects: number;
  /**
   * How far in the first request may reach (address-policy.ts): 'local' for a page the reader named,
   * 'public' for what the open web leads to. Each redirect narrows it to where the last answer came from.
   */
  reach: AddressSpace;
  /** Tests: every hop keeps the first reach, so test servers on 127.0.0.1 can redirect among themselves. */
  keepReach?: boolean;
  signal?: AbortSignal;
  /** Replaces DNS resolution (tests simulate a missing or silent name server with it). */
  lookup?: LookupFunction;
  referer?: string;
  acceptLanguage?: string;
  /** Sees the final response's head before the body is read; throw to refuse it unread. */
  checkHead?: (head: ResponseHead) => void;
}

export interface ResponseHead {
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
}

interface HttpResult {
  finalUrl: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
  redirects: number;
  /** Where the final answer came from: what the page may lead to (its pictures) can reach no further in. */
  space: AddressSpace;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * Kept-alive sockets, one pool per reach: a socket is reused only by requests with the reach its connection
 * was checked for, so a connection opened for a page the reader named never carries what a public page leads to.
 */
const agents = new Map<string, http.Agent>();
function agentFor(protocol: string, reach: AddressSpace): http.Agent {
  const key = `${protocol}${reach}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = protocol === 'https:' ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
    agents.set(key, agent);
  }
  return agent;
}
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NODATA', 'EAI_NONAME', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENETDOWN', 'EHOSTDOWN']);

/** Parses a user- or page-given address and refuses anything but http(s). */
export function parseWebUrl(input: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    throw webErrors.invalidUrl(input);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw webErrors.badScheme(input, url.protocol.replace(/:$/, ''));
  if (!url.hostname) throw webErrors.invalidUrl(input);
  return url;
}

/**
 * GETs a URL with manual redirects (loops detected), connect and total timeouts, a size cap
 * enforced while streaming, and gzip/deflate/br decoding. Every failure is a WebError.
 */
export async function httpGet(input: string | URL, options: HttpGetOptions): Promise<HttpResult> {
  const timeout = AbortSignal.timeout(options.totalTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let url = typeof input === 'string' ? parseWebUrl(input) : input;
  const seen = new Set<string>();
  const jar = new CookieJar();
  let reach = options.reach;
  for (let redirects = 0; ; redirects++) {
    // A consent or session redirect comes back to the same URL with a new cookie; that is progress, not a loop.
    seen.add(`${withoutHash(url)} ${jar.header(url)}`);
    const hop = { url: url.href, timeout, options };
    const { response, space } = await guard(hop, () => openRequest(url, options, reach, signal, jar.header(url)));
    const status = response.statusCode ?? 0;
    if (REDIRECT.has(status) && response.headers.location) {
      response.destroy();
      // A public page may not send Lectern to the local network (Private Network Access).
      if (!options.keepReach) reach = narrowerReach(reach, space);
      jar.store(url, response.headers['set-cookie']);
      const next = parseWebUrl(response.headers.location, url.href);
      if (seen.has(`${withoutHash(next)} ${jar.header(next)}`)) throw webErrors.tooManyRedirects(url.href, true);
      if (redirects + 1 > options.maxRedirects) throw webErrors.tooManyRedirects(url.href, false);
      url = next;
      continue;
    }
    try {
      checkStatus(url.href, status);
      options.checkHead?.({ url: url.href, status, headers: response.headers });
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) throw webErrors.tooLarge(url.href, options.maxBytes);
    } catch (error) {
      response.destroy();
      throw error;
    }
    const bytes = await guard(hop, () => readBody(response, url.href, options.maxBytes));
    return { finalUrl: url.href, status, contentType: String(response.headers['content-type'] ?? ''), bytes, redirects, space };
  }
}

function withoutHash(url: URL): string {
  return url.href.replace(/#.*$/, '');
}

function checkStatus(url: string, status: number): void {
  if (status >= 200 && status < 300) return;
  if (status === 404 || status === 410) throw webErrors.gone(url, status);
  if (status >= 500 || status === 429 || status === 408) throw webErrors.serverError(url, status);
  throw webErrors.httpError(url, status);
}

/** Runs one step of a request and turns whatever Node throws into a WebError. */
async function guard<T>(hop: { url: string; timeout: AbortSignal; options: HttpGetOptions }, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw toWebError(error, hop.url, hop.timeout.aborted, hop.options);
  }
}

function toWebError(error: unknown, url: string, timedOut: boolean, options: HttpGetOptions): WebError {
  if (error instanceof Error && error.name === 'WebError') return error as WebError;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'LECTERN_BLOCKED_ADDRESS') return (error as { kind?: string }).kind === 'metadata' ? webErrors.metadata(url) : webErrors.blocked(url);
  if (code === 'LECTERN_CONNECT_TIMEOUT') return webErrors.timeout(url, options.connectTimeoutMs / 1000);
  if (timedOut) return webErrors.timeout(url, options.totalTimeoutMs / 1000);
  if ((error as Error | undefined)?.name === 'AbortError') return webErrors.network(url, 'the save was cancelled');
  if (UNREACHABLE.has(code)) return webErrors.unreachable(url);
  if (code.startsWith('Z_')) return webErrors.network(url, 'the page arrived damaged');
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return webErrors.network(url, 'its secure connection could not be verified');
  if (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || /aborted/i.test(String((error as Error)?.message))) {
    return webErrors.network(url, 'the page arrived incomplete');
  }
  return webErrors.network(url, code || (error instanceof Error ? error.message : String(error)));
}

function openRequest(url: URL, options: HttpGetOptions, reach: AddressSpace, signal: AbortSignal, cookie: string): Promise<{ response: IncomingMessage; space: AddressSpace }> {
  try {
    checkUrlHost(url, reach);
  } catch (error) {
    return Promise.reject(error);
  }
  const transport = url.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = {
    'User-Agent': BROWSER_USER_AGENT,
    Accept: options.accept,
    'Accept-Language': options.acceptLanguage ?? 'en-US,en;q=0.9',
    'Accept-Encoding': 'gzip, deflate, br',
  };
  if (options.referer) headers.Referer = options.referer;
  if (cookie) headers.Cookie = cookie;
  return new Promise((resolve, reject) => {
    const request: ClientRequest = transport.request(url, {
      method: 'GET',
      headers,
      signal,
      agent: agentFor(url.protocol, reach),
      lookup: createGuardedLookup(reach, options.lookup),
    });
    request.once('socket', (socket) => {
      if (!socket.connecting) return;
      // A black-holed host would otherwise hold the whole total timeout before we say anything.
      const timer = setTimeout(() => {
        const error = Object.assign(new Error('connect timeout'), { code: 'LECTERN_CONNECT_TIMEOUT' });
        request.destroy(error);
      }, options.connectTimeoutMs);
      socket.once('connect', () => clearTimeout(timer));
      socket.once('close', () => clearTimeout(timer));
    });
    request.once('response', (response) => {
      try {
        resolve({ response, space: checkConnectedAddress(url.hostname, response.socket?.remoteAddress, reach) });
      } catch (error) {
        response.destroy();
        reject(error);
      }
    });
    // Kept for the request's whole life: a socket error after the response arrived must not go unhandled.
    request.on('error', reject);
    request.end();
  });
}

function decoderFor(encoding: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw Object.assign(new Error(`unknown content encoding ${encoding}`), { code: 'Z_UNKNOWN_ENCODING' });
  }
}

async function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Uint8Array> {
  let decoder: ReturnType<typeof decoderFor>;
  try {
    decoder = decoderFor(String(response.headers['content-encoding'] ?? '').trim().toLowerCase());
  } catch (error) {
    response.destroy();
    throw error;
  }
  let received = 0;
  let decoded = 0;
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => {
    received += chunk.length;
    // Stops a huge body at the cap instead of buffering it, whatever Content-Length said.
    if (received > maxBytes) response.destroy(webErrors.tooLarge(url, maxBytes));
  });
  const stream: Readable = decoder ? pipeline(response, decoder, () => {}) : response;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      decoded += chunk.length;
      if (decoded > maxBytes) throw webErrors.tooLarge(url, maxBytes);
      chunks.push(chunk);
    }
  } finally {
    response.destroy();
    decoder?.destroy();
  }
  if (received > maxBytes) throw webErrors.tooLarge(url, maxBytes);
  const body = Buffer.concat(chunks);
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}
