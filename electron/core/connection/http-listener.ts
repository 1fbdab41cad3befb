// The loopback listener: node:http on 127.0.0.1 only, on the first free port of a short list (the extension
// probes the same list). It applies request-checks.ts to everything, caps bodies while they stream, counts
// requests, and answers JSON stamped with X-Lectern-Version, never with an Access-Control-* header. What a
// route does is connection-routes.ts's business.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, RateLimit, refuseRequest, type Refusal } from './request-checks.ts';

/** The ports the extension probes, in its order (the API page). */
export const DEFAULT_PORTS: readonly number[] = [47815, 47816, 47817, 47818, 47819];
const MAX_BODY_BYTES = 40 * 1024 * 1024;

/** One request as a route sees it: checked, with its bearer token and a body read on demand (JSON, capped). */
export interface ConnectionRequest {
  method: string;
  path: string;
  token: string | null;
  body(): Promise<unknown>;
}

/** A route's answer: a status and a JSON body. */
export interface ConnectionReply {
  status: number;
  body: unknown;
}

interface ListenerOptions {
  ports: readonly number[];
  /** The app's version, on every response. */
  version: string;
  handle(request: ConnectionRequest): Promise<ConnectionReply>;
  /** Tests only: a smaller body cap, or another rate. */
  maxBodyBytes?: number;
  rateLimit?: RateLimit;
}

export interface Listener {
  port: number;
  close(): Promise<void>;
}

/** Thrown for a body over the cap, before it is read whole. */
class BodyTooLarge extends Error {}
/** Thrown for a body that is not JSON. */
class BodyNotJson extends Error {}

/** Starts listening on the first free port; throws a sentence naming the ports when none is free. */
export async function startListener(options: ListenerOptions): Promise<Listener> {
  const limit = options.rateLimit ?? new RateLimit();
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;
  const server = createServer({ headersTimeout: 10_000, requestTimeout: 120_000 }, (req, res) => {
    answer(req, res, port, options, limit, maxBody).catch((error: unknown) => {
      console.error('lectern: the browser connection failed to answer', error);
      if (!res.headersSent) send(res, options.version, { status: 500, body: errorBody('internal', 'Lectern failed to answer this request; try again.') });
      else res.destroy();
    });
  });
  for (const candidate of options.ports) {
    if (await listenOn(server, candidate)) {
      port = (server.address() as AddressInfo).port;
      return { port, close: () => closeServer(server) };
    }
  }
  const which = options.ports.length === 1 ? `port ${options.ports[0]} on 127.0.0.1 is in use by another program. Close it` : `ports ${options.ports.join(', ')} on 127.0.0.1 are all in use by other programs. Close one of them`;
  throw new Error(`Lectern could not listen for browsers: ${which} and turn the browser connection on again.`);
}

function listenOn(server: Server, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      server.off('listening', listening);
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    };
    const listening = () => {
      server.off('error', failed);
      resolve(true);
    };
    server.once('error', failed);
    server.once('listening', listening);
    server.listen(port, '127.0.0.1');
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Kept-alive connections would hold the port; a request in flight is cut off (the extension queues it).
    server.closeAllConnections();
  });
}

function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

function send(res: ServerResponse, version: string, reply: ConnectionReply, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'X-Lectern-Version': version,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

function refuse(res: ServerResponse, version: string, refusal: Refusal, extra: Record<string, string> = {}): void {
  send(res, version, { status: refusal.status, body: errorBody(refusal.code, refusal.message) }, extra);
}

async function answer(req: IncomingMessage, res: ServerResponse, port: number, options: ListenerOptions, limit: RateLimit, maxBody: number): Promise<void> {
  // A refused request's body is never read: the connection closes instead of draining it.
  const closing = { Connection: 'close' };
  const refusal = refuseRequest(req.method, req.headers, port);
  if (refusal) return refuse(res, options.version, refusal, closing);
  if (!limit.take()) {
    const wait = limit.retryAfter();
    return refuse(res, options.version, { status: 429, code: 'rate_limited', message: `Too many requests to Lectern in the last minute; try again in ${wait} seconds.` }, { ...closing, 'Retry-After': String(wait) });
  }
  const tooLarge: Refusal = { status: 413, code: 'too_large', message: `That request is larger than ${Math.round(maxBody / 1024 / 1024)} MB, more than Lectern accepts; send fewer or smaller pictures.` };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBody) return refuse(res, options.version, tooLarge, closing);
  const path = (req.url ?? '/').split('?')[0]!;
  try {
    const reply = await options.handle({ method: req.method ?? 'GET', path, token: bearerToken(req.headers), body: () => readJson(req, maxBody) });
    send(res, options.version, reply);
  } catch (error) {
    if (error instanceof BodyTooLarge) return refuse(res, options.version, tooLarge, closing);
    if (error instanceof BodyNotJson) return refuse(res, options.version, { status: 400, code: 'bad_request', message: 'The request body must be JSON.' });
    throw error;
  }
}

/** The body as JSON, read as it streams and refused as soon as it passes the cap (the rest is never read). */
function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      // Paused, not destroyed: the socket must still carry the 413 back before the connection closes.
      req.off('data', onData);
      req.pause();
      reject(new BodyTooLarge());
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
      } catch {
        reject(new BodyNotJson());
      }
    });
  });
}
