// What every request to the listener must pass before any route sees it (the API page: the browser
// connection, issue 10). A web page in the reader's browser can reach 127.0.0.1 too; these checks are why
// it gets nothing: it cannot send the custom header cross-origin without a preflight, preflights are
// refused, its Origin gives it away, and a DNS-rebinding page arrives with its own Host.
import type { IncomingHttpHeaders } from 'node:http';

/** A refusal as the listener sends it: status, a stable code, and a sentence a person can act on. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** `extension/<version>`: what the Lectern extension sends on every request. */
const CLIENT_HEADER = /^extension\/[0-9A-Za-z.+-]{1,32}$/;
/** Extensions' own origins; a request from one of them is the extension's background or popup. */
const EXTENSION_ORIGIN = /^(?:chrome-extension|moz-extension|safari-web-extension):\/\/[0-9a-z-]+$/i;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

/** The reason to refuse a request before reading it, or null when it may go on to its route. */
export function refuseRequest(method: string | undefined, headers: IncomingHttpHeaders, port: number): Refusal | null {
  if (method === 'OPTIONS') {
    return { status: 403, code: 'preflight_refused', message: 'Lectern answers no cross-origin requests; only the Lectern extension can talk to it.' };
  }
  const host = single(headers.host)?.toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return { status: 403, code: 'bad_host', message: `Lectern answers only requests addressed to 127.0.0.1:${port} or localhost:${port}.` };
  }
  const client = single(headers['x-lectern-client']);
  if (client === undefined || !CLIENT_HEADER.test(client)) {
    return { status: 403, code: 'not_the_extension', message: 'Only the Lectern extension can talk to Lectern here: requests must say X-Lectern-Client: extension/<version>.' };
  }
  const origin = single(headers.origin);
  if (origin !== undefined && !EXTENSION_ORIGIN.test(origin)) {
    return { status: 403, code: 'web_origin', message: 'Web pages cannot talk to Lectern; save pages with the Lectern extension instead.' };
  }
  return null;
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const match = /^Bearer ([0-9a-f]{64})$/i.exec(single(headers.authorization) ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** At most `limit` requests in any `windowMs`: the loopback is one client, so one window for all. */
export class RateLimit {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #times: number[] = [];

  constructor(limit = 120, windowMs = 60_000) {
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** Counts a request; false when it is one too many (the caller answers 429). Seconds to wait are in retryAfter. */
  take(now = Date.now()): boolean {
    while (this.#times.length > 0 && this.#times[0]! <= now - this.#windowMs) this.#times.shift();
    if (this.#times.length >= this.#limit) return false;
    this.#times.push(now);
    return true;
  }

  /** Whole seconds until another request will be counted. */
  retryAfter(now = Date.now()): number {
    const oldest = this.#times[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + this.#windowMs - now) / 1000));
  }
}
