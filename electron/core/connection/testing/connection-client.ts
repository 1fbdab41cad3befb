/**
 * The browser connection as the extension (or a web page, or another program) would meet it, for tests:
 * raw HTTP on 127.0.0.1 with whatever headers the test chooses, and ports nobody else is using.
 */
import { request as httpRequest, createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  json: unknown;
}

/** The headers the extension sends; tests drop or change them to play a web page. */
export function extensionHeaders(port: number, token?: string): Record<string, string> {
  return { Host: `127.0.0.1:${port}`, 'X-Lectern-Client': 'extension/0.1.0', ...(token && { Authorization: `Bearer ${token}` }) };
}

/** One request on a fresh connection; the body is sent as JSON when it is not a string. */
export function rawRequest(port: number, method: string, path: string, options: { headers?: Record<string, string>; body?: unknown } = {}): Promise<RawReply> {
  const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, agent: false, headers: { ...options.headers, ...(body !== undefined && { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = text;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Ports free on 127.0.0.1 right now (the OS picks them; they are released before returning). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
