import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APP_SCHEME_PRIVILEGES, serveAppScheme } from './app-protocol.ts';

test('the lectern scheme is standard, secure, fetchable and streamable, and nothing more', () => {
  assert.equal(APP_SCHEME_PRIVILEGES.scheme, 'lectern');
  assert.deepEqual(APP_SCHEME_PRIVILEGES.privileges, { standard: true, secure: true, supportFetchAPI: true, stream: true });
});

test('requests go to core; a throwing core becomes a 500', async () => {
  const registered: { handler?: (r: Request) => Promise<Response> } = {};
  const protocol = { handle: (scheme: string, fn: (r: Request) => Promise<Response>) => {
    assert.equal(scheme, 'lectern');
    registered.handler = fn;
  } };
  let fail = false;
  serveAppScheme(protocol as never, async (req) => {
    if (fail) throw new Error('boom');
    return new Response(`served ${new URL(req.url).pathname}`);
  });
  const handler = registered.handler;
  assert.ok(handler);
  const ok = await handler(new Request('lectern://app/index.html'));
  assert.equal(await ok.text(), 'served /index.html');
  fail = true;
  const broken = await handler(new Request('lectern://app/index.html'));
  assert.equal(broken.status, 500);
});

test('only the app host is served', async () => {
  const registered: { handler?: (r: Request) => Promise<Response> } = {};
  const seen: string[] = [];
  serveAppScheme({ handle: (_s: string, fn: (r: Request) => Promise<Response>) => void (registered.handler = fn) } as never, async (req) => {
    seen.push(req.url);
    return new Response('ok');
  });
  for (const url of ['lectern://evil/index.html', 'lectern://app:99/index.html', 'lectern://APP.evil/x']) {
    assert.equal((await registered.handler!(new Request(url))).status, 404, url);
  }
  assert.deepEqual(seen, []);
});
