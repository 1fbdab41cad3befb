/**
 * A one-page web site on 127.0.0.1 for saving the XSS corpus from the web: /corpus is a whole page holding every
 * payload, with a hostile title and author. It counts what was asked of it, so a spec can tell that a payload's
 * picture was never fetched from here either.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

interface XssSite {
  url(path: string): string;
  /** Paths asked for since start, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `page` at /corpus; anything else is a 404. */
export async function startXssSite(page: string): Promise<XssSite> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const found = path === '/corpus';
    const body = found ? page : '<h1>Not found</h1>';
    res.writeHead(found ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
