/**
 * Talks to Lectern's loopback listener (issue 10's API, exactly): finds it on the first answering port,
 * sends the custom client header and the pairing token, and turns every failure into one of two errors
 * the background can act on: the app is not there (queue the save), or it refused (say why).
 */
import type { PairState, PingReply, SaveReply, SaveRequest } from './api-types.ts';

/** The listener's ports, in the order the app tries to bind them. */
export const LISTENER_PORTS = [47815, 47816, 47817, 47818, 47819] as const;

/** fetch, or a fake of it in tests. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** No Lectern answered: nothing listens, or something that is not Lectern (no X-Lectern-Version). */
export class LecternUnavailable extends Error {
  override name = 'LecternUnavailable';
}

/** Lectern answered with an error; `status` 401 means this browser is not (or no longer) paired. */
export class LecternRefused extends Error {
  override name = 'LecternRefused';
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

interface ClientOptions {
  fetch: FetchLike;
  /** The extension's version, sent as `X-Lectern-Client: extension/<version>`. */
  version: string;
  token: string | null;
  /** The port that answered last time, tried first. */
  port: number | null;
  pingTimeoutMs?: number;
  requestTimeoutMs?: number;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: 'This browser is not connected to Lectern. Connect it from the Lectern button, then save again.',
  403: 'Lectern refused the request. Update the extension and Lectern to the same version, then try again.',
  413: 'This page is too large to send to Lectern (over 40 MB). Save the link instead.',
  429: 'Lectern is busy with many saves. Wait a minute; this one will be sent then.',
};

/** One client over one fetch; `port` is updated as it finds the app (read it to remember it). */
export function createLecternClient(options: ClientOptions) {
  let port = options.port;
  const pingTimeoutMs = options.pingTimeoutMs ?? 1500;
  const requestTimeoutMs = options.requestTimeoutMs ?? 90_000;
  const headers = (withBody: boolean): Record<string, string> => ({
    'X-Lectern-Client': `extension/${options.version}`,
    ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    ...(withBody ? { 'Content-Type': 'application/json' } : {}),
  });

  async function request<T>(at: number, method: string, path: string, body: unknown, timeoutMs: number): Promise<T> {
    let response: Response;
    try {
      response = await options.fetch(`http://127.0.0.1:${at}${path}`, {
        method,
        headers: headers(body !== undefined),
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new LecternUnavailable(`Nothing answered on 127.0.0.1:${at}.`);
    }
    // Some other local server on our port is treated as "Lectern is not running" (brief: X-Lectern-Version).
    if (!response.headers.get('X-Lectern-Version')) throw new LecternUnavailable(`The server on 127.0.0.1:${at} is not Lectern.`);
    const json = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    if (!response.ok) {
      const message = json?.error?.message ?? FALLBACK_MESSAGES[response.status] ?? `Lectern answered ${response.status}. Try again, or restart Lectern.`;
      throw new LecternRefused(response.status, json?.error?.code ?? `http-${response.status}`, message);
    }
    return json as T;
  }

  async function pingAt(at: number): Promise<PingReply> {
    const reply = await request<PingReply>(at, 'GET', '/ping', undefined, pingTimeoutMs);
    if (reply?.app !== 'lectern') throw new LecternUnavailable(`The server on 127.0.0.1:${at} is not Lectern.`);
    return reply;
  }

  /** The first port with Lectern on it (the remembered one first); LecternUnavailable when none. */
  async function findApp(): Promise<PingReply & { port: number }> {
    const order = port ? [port, ...LISTENER_PORTS.filter((p) => p !== port)] : [...LISTENER_PORTS];
    for (const candidate of order) {
      try {
        const reply = await pingAt(candidate);
        port = candidate;
        return { ...reply, port: candidate };
      } catch (error) {
        if (!(error instanceof LecternUnavailable)) throw error;
      }
    }
    port = null;
    throw new LecternUnavailable('Lectern is not running (no answer on ports 47815–47819).');
  }

  /** A request to the app, finding it first when no port is known or the known one stopped answering. */
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    if (port) {
      try {
        return await request<T>(port, method, path, body, requestTimeoutMs);
      } catch (error) {
        if (!(error instanceof LecternUnavailable)) throw error;
      }
    }
    const found = await findApp();
    return request<T>(found.port, method, path, body, requestTimeoutMs);
  }

  const needToken = () => {
    if (!options.token) throw new LecternRefused(401, 'not-paired', FALLBACK_MESSAGES[401]!);
  };

  return {
    get port() {
      return port;
    },
    findApp,
    /** POST /pair: asks the app to show "Connect this browser?" with the returned code. */
    pair: (client: string) => call<{ requestId: string; code: string }>('POST', '/pair', { client }),
    /** GET /pair/<id>; an unknown or expired request reads as 'expired'. */
    async pairState(requestId: string): Promise<PairState> {
      try {
        return await call<PairState>('GET', `/pair/${encodeURIComponent(requestId)}`);
      } catch (error) {
        if (error instanceof LecternRefused && error.status === 404) return { state: 'expired' };
        throw error;
      }
    },
    async save(body: SaveRequest): Promise<SaveReply> {
      needToken();
      return call<SaveReply>('POST', '/save', body);
    },
    async undo(articleId: string): Promise<{ undone: boolean }> {
      needToken();
      return call('POST', '/undo', { articleId });
    },
    async tags(): Promise<string[]> {
      needToken();
      return (await call<{ tags: string[] }>('GET', '/tags')).tags;
    },
    async addTags(articleId: string, tags: string[]): Promise<string[]> {
      needToken();
      return (await call<{ tags: string[] }>('POST', '/tags', { articleId, tags })).tags;
    },
  };
}

/** The client's interface, for code that receives one. */
export type LecternClient = ReturnType<typeof createLecternClient>;
