import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLecternClient, LecternRefused, LecternUnavailable, type FetchLike } from './lectern-client.ts';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fake loopback: `routes` answers per "port path"; anything else is a refused connection. */
function fakeFetch(routes: Record<string, (seen: Seen) => Response>): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetch: FetchLike = async (url, init) => {
    const { port, pathname } = new URL(url);
    const entry: Seen = { url, method: init.method ?? 'GET', headers: init.headers as Record<string, string>, body: init.body ? JSON.parse(String(init.body)) : undefined };
    seen.push(entry);
    const route = routes[`${init.method ?? 'GET'} ${port}${pathname}`];
    if (!route) throw new TypeError('Failed to fetch');
    return route(entry);
  };
  return { fetch, seen };
}

const lectern = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'X-Lectern-Version': '0.1.0' } });
const ping = (paired = true) => () => lectern({ app: 'lectern', version: '0.1.0', paired });

test('findApp probes the ports in order and skips a server that is not Lectern', async () => {
  const { fetch, seen } = fakeFetch({
    'GET 47815/ping': () => new Response('{"app":"lectern"}', { status: 200 }), // no X-Lectern-Version: someone else
    'GET 47817/ping': ping(false),
  });
  const client = createLecternClient({ fetch, version: '1.2.3', token: null, port: null });
  const found = await client.findApp();
  assert.equal(found.port, 47817);
  assert.equal(found.paired, false);
  assert.deepEqual(seen.map((s) => new URL(s.url).port), ['47815', '47816', '47817']);
  assert.equal(seen[0]!.headers['X-Lectern-Client'], 'extension/1.2.3');
  assert.equal(seen[0]!.headers.Authorization, undefined, 'no token, no Authorization header');
  assert.equal(client.port, 47817);
});

test('nothing on any port is LecternUnavailable, saying which ports were tried', async () => {
  const client = createLecternClient({ fetch: fakeFetch({}).fetch, version: '1', token: 't', port: null });
  await assert.rejects(client.findApp(), (error: Error) => error instanceof LecternUnavailable && /47815–47819/.test(error.message));
});

test('save sends the token, the client header and the JSON body to the remembered port', async () => {
  const { fetch, seen } = fakeFetch({
    'POST 47816/save': () => lectern({ articleId: 'a1', title: 'Hello', existing: false }),
  });
  const client = createLecternClient({ fetch, version: '1', token: 'abc', port: 47816 });
  const reply = await client.save({ kind: 'page', url: 'https://x.example/', html: '<p>x</p>' });
  assert.deepEqual(reply, { articleId: 'a1', title: 'Hello', existing: false });
  assert.equal(seen.length, 1);
  assert.equal(seen[0]!.headers.Authorization, 'Bearer abc');
  assert.equal(seen[0]!.headers['Content-Type'], 'application/json');
  assert.deepEqual(seen[0]!.body, { kind: 'page', url: 'https://x.example/', html: '<p>x</p>' });
});

test('when the remembered port stops answering, the client finds the app again', async () => {
  const { fetch } = fakeFetch({ 'GET 47818/ping': ping(), 'GET 47818/tags': () => lectern({ tags: ['news', 'long reads'] }) });
  const client = createLecternClient({ fetch, version: '1', token: 'abc', port: 47815 });
  assert.deepEqual(await client.tags(), ['news', 'long reads']);
  assert.equal(client.port, 47818);
});

test("the app's error reply becomes LecternRefused with its status, code and sentence", async () => {
  const { fetch } = fakeFetch({
    'POST 47815/save': () => lectern({ error: { code: 'unauthorized', message: 'This browser was disconnected in Lectern.' } }, 401),
  });
  const client = createLecternClient({ fetch, version: '1', token: 'revoked', port: 47815 });
  await assert.rejects(client.save({ kind: 'link', url: 'https://x.example/' }), (error: Error) => {
    assert.ok(error instanceof LecternRefused);
    assert.equal(error.status, 401);
    assert.equal(error.code, 'unauthorized');
    assert.equal(error.message, 'This browser was disconnected in Lectern.');
    return true;
  });
});

test('without a token, token-only routes refuse before any request is made', async () => {
  const { fetch, seen } = fakeFetch({ 'GET 47815/ping': ping(false) });
  const client = createLecternClient({ fetch, version: '1', token: null, port: 47815 });
  await assert.rejects(client.undo('a1'), (error: Error) => error instanceof LecternRefused && error.status === 401);
  assert.equal(seen.length, 0);
});

test('pairing: POST /pair with the client name, then the states of GET /pair/<id>; 404 reads as expired', async () => {
  let polls = 0;
  const { fetch, seen } = fakeFetch({
    'POST 47815/pair': () => lectern({ requestId: 'r-1', code: '4821' }),
    'GET 47815/pair/r-1': () => (++polls === 1 ? lectern({ state: 'waiting' }) : lectern({ state: 'accepted', token: 'f'.repeat(64) })),
    'GET 47815/pair/old': () => lectern({ error: { code: 'not-found', message: 'No such pairing.' } }, 404),
  });
  const client = createLecternClient({ fetch, version: '1', token: null, port: 47815 });
  assert.deepEqual(await client.pair('Chromium 131 on Linux'), { requestId: 'r-1', code: '4821' });
  assert.deepEqual(seen[0]!.body, { client: 'Chromium 131 on Linux' });
  assert.deepEqual(await client.pairState('r-1'), { state: 'waiting' });
  assert.deepEqual(await client.pairState('r-1'), { state: 'accepted', token: 'f'.repeat(64) });
  assert.deepEqual(await client.pairState('old'), { state: 'expired' });
});

test('a refusal without a JSON body still gets a sentence a person can act on', async () => {
  const { fetch } = fakeFetch({ 'POST 47815/save': () => new Response('too big', { status: 413, headers: { 'X-Lectern-Version': '0.1.0' } }) });
  const client = createLecternClient({ fetch, version: '1', token: 't', port: 47815 });
  await assert.rejects(client.save({ kind: 'page', url: 'https://x.example/' }), /too large to send to Lectern \(over 40 MB\)/);
});
