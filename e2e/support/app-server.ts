import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

type RequestHandler = (request: Request) => Promise<Response>;

/**
 * Serves core's handleAppRequest over http on 127.0.0.1, so the renderer can run in plain Chromium
 * exactly as it runs under Electron's lectern:// scheme (docs/architecture.md rule 6).
 */
export async function startAppServer(handler: () => RequestHandler): Promise<{ baseUrl: string; server: Server; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    try {
      const url = `http://127.0.0.1${req.url ?? '/'}`;
      const response = await handler()(new Request(url, { method: req.method ?? 'GET' }));
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key] = value;
      });
      res.writeHead(response.status, headers);
      if (req.method === 'HEAD' || !response.body) {
        await response.body?.cancel();
        res.end();
        return;
      }
      // Piped as it comes, as Electron's protocol handler does: an article document arrives in slices, and the
      // frame shows its first screen before the last slice is read.
      await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy(error as Error);
        return;
      }
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`browser shell: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
