import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';
import { after, test } from 'node:test';
import { startListener, type ConnectionRequest, type Listener } from './http-listener.ts';
import { RateLimit } from './request-checks.ts';
import { extensionHeaders, freePorts, rawRequest } from './testing/connection-client.ts';

const seen: ConnectionRequest[] = [];
const echo = async (request: ConnectionRequest) => {
  seen.push(request);
  return { status: 200, body: { path: request.path, token: request.token, body: request.method === 'POST' ? await request.body() : null } };
};
const listeners: Listener[] = [];
after(() => Promise.all(listeners.map((listener) => listener.close())));

async function listen(options: { maxBodyBytes?: number; rateLimit?: RateLimit } = {}): Promise<Listener> {
  const listener = await startListener({ ports: await freePorts(2), version: '9.8.7', handle: echo, ...options });
  listeners.push(listener);
  return listener;
}

function assertNoCors(headers: Record<string, unknown>): void {
  assert.deepEqual(Object.keys(headers).filter((name) => name.startsWith('access-control-')), []);
}

test('the first free port of the list is taken; a busy one is skipped', async () => {
  const [busy, next] = await freePorts(2);
  const squatter = createServer((_req, res) => res.end('not lectern'));
  await new Promise<void>((resolve) => squatter.listen(busy, '127.0.0.1', resolve));
  try {
    const listener = await startListener({ ports: [busy!, next!], version: '9.8.7', handle: echo });
    listeners.push(listener);
    assert.equal(listener.port, next);
    await assert.rejects(startListener({ ports: [busy!, next!], version: '9.8.7', handle: echo }), /ports .* are all in use by other programs/);
  } finally {
    await new Promise((resolve) => squatter.close(resolve));
  }
});

test('answers are JSON stamped with the version, and carry no CORS header', async () => {
  const { port } = await listen();
  const token = 'cd'.repeat(32);
  const reply = await rawRequest(port, 'POST', '/save?x=1', { headers: { ...extensionHeaders(port, token), Origin: 'chrome-extension://abcdefghijklmnop' }, body: { kind: 'link' } });
  assert.equal(reply.status, 200);
  assert.equal(reply.headers['x-lectern-version'], '9.8.7');
  assert.match(String(reply.headers['content-type']), /^application\/json/);
  assert.deepEqual(reply.json, { path: '/save', token, body: { kind: 'link' } });
  assertNoCors(reply.headers);
});

test('a web page’s requests are refused before any route sees them, without CORS headers', async () => {
  const { port } = await listen();
  const before = seen.length;
  const preflight = await rawRequest(port, 'OPTIONS', '/save', { headers: { Host: `127.0.0.1:${port}`, Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-lectern-client' } });
  assert.equal(preflight.status, 403);
  assertNoCors(preflight.headers);
  // A "simple" cross-origin POST: no custom header (a page cannot add one without a preflight).
  const simple = await rawRequest(port, 'POST', '/save', { headers: { Host: `127.0.0.1:${port}`, Origin: 'https://evil.example' }, body: '{"kind":"link"}' });
  assert.equal(simple.status, 403);
  assert.equal((simple.json as { error: { code: string } }).error.code, 'not_the_extension');
  const withOrigin = await rawRequest(port, 'GET', '/ping', { headers: { ...extensionHeaders(port), Origin: 'https://evil.example' } });
  assert.equal((withOrigin.json as { error: { code: string } }).error.code, 'web_origin');
  const rebound = await rawRequest(port, 'GET', '/ping', { headers: { ...extensionHeaders(port), Host: `evil.example:${port}` } });
  assert.equal(rebound.status, 403);
  assert.equal(rebound.headers['x-lectern-version'], '9.8.7');
  for (const reply of [simple, withOrigin, rebound]) assertNoCors(reply.headers);
  assert.equal(seen.length, before, 'no route ran');
});

test('a body declared over the cap is refused at once; one that grows past it while streaming too', async () => {
  const { port } = await listen({ maxBodyBytes: 1024 });
  const declared = await new Promise<number>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/save', agent: false, headers: { ...extensionHeaders(port), 'Content-Length': String(41 * 1024 * 1024) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.write('{"kind":'); // the rest never comes: the answer must not wait for it
  });
  assert.equal(declared, 413);
  const streamed = await new Promise<{ status: number; code: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/save', agent: false, headers: { ...extensionHeaders(port), 'Transfer-Encoding': 'chunked' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, code: (JSON.parse(Buffer.concat(chunks).toString()) as { error: { code: string } }).error.code }));
    });
    req.on('error', () => undefined); // the server may hang up while the rest is still being written
    const chunk = 'x'.repeat(600);
    let sent = 0;
    const pump = () => {
      while (sent < 20 && req.write(chunk)) sent++;
      if (sent < 20) req.once('drain', pump);
    };
    pump();
    setTimeout(() => reject(new Error('no answer')), 3000).unref();
  });
  assert.deepEqual(streamed, { status: 413, code: 'too_large' });
});

test('the real cap is 40 MB, checked from the declared length', async () => {
  const { port } = await listen();
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/save', agent: false, headers: { ...extensionHeaders(port), 'Content-Length': String(40 * 1024 * 1024 + 1) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.write('{');
  });
  assert.equal(status, 413);
});

test('past the rate, requests get 429 with Retry-After', async () => {
  const { port } = await listen({ rateLimit: new RateLimit(3, 60_000) });
  for (let i = 0; i < 3; i++) assert.equal((await rawRequest(port, 'GET', '/ping', { headers: extensionHeaders(port) })).status, 200);
  const limited = await rawRequest(port, 'GET', '/ping', { headers: extensionHeaders(port) });
  assert.equal(limited.status, 429);
  assert.equal(limited.headers['retry-after'], '60');
  assert.equal((limited.json as { error: { code: string } }).error.code, 'rate_limited');
});

test('a body that is not JSON is a 400', async () => {
  const { port } = await listen();
  const reply = await rawRequest(port, 'POST', '/save', { headers: extensionHeaders(port), body: 'kind=link' });
  assert.equal(reply.status, 400);
  assert.match((reply.json as { error: { message: string } }).error.message, /must be JSON/);
});
