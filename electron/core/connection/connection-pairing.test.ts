// Pairing and the listener's lifecycle through a real core, over real HTTP on 127.0.0.1.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ConnectionStatus, PairedBrowser } from '../../shared/contract-connection.ts';
import { createCore } from '../create-core.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { connectedCore } from './testing/connected-core.ts';
import { extensionHeaders, freePorts, rawRequest } from './testing/connection-client.ts';

const errorCode = (json: unknown) => (json as { error: { code: string } }).error.code;

test('a new library does not listen until the reader turns the connection on', async () => {
  const ports = await freePorts(1);
  const core = await createCore({ dataDir: await tempDir(), rendererDir: '', owner: 'a test', browserConnection: { ports } });
  try {
    const status = await core.dispatch('connection.status', {});
    assert.deepEqual(status.ok && status.value, { enabled: false, listening: false, port: null, problem: null, pairings: [] });
    await assert.rejects(rawRequest(ports[0]!, 'GET', '/ping', { headers: extensionHeaders(ports[0]!) }), /ECONNREFUSED/);
  } finally {
    await core.close();
  }
});

test('pairing: a code in both, accept, a token given once and stored only as its hash', async () => {
  const { http, call, events, dataDir } = await connectedCore();
  const ping = await http('GET', '/ping');
  assert.deepEqual(ping.json, { app: 'lectern', version: ping.headers['x-lectern-version'], paired: false });
  assert.match(String(ping.headers['x-lectern-version']), /^\d+\.\d+\.\d+/);

  const asked = (await http('POST', '/pair', { body: { client: 'Chromium 131 on Linux' } })).json as { requestId: string; code: string };
  assert.match(asked.code, /^\d{4}$/);
  const told = events.find((event) => event.name === 'pairing.requested');
  assert.deepEqual(told?.payload && { client: told.payload.client, code: told.payload.code, requestId: told.payload.requestId }, { client: 'Chromium 131 on Linux', code: asked.code, requestId: asked.requestId });
  assert.deepEqual((await call<ConnectionStatus>('connection.status')).pairings.map((p) => p.code), [asked.code]);
  assert.deepEqual((await http('GET', `/pair/${asked.requestId}`)).json, { state: 'waiting' });

  await call('pairing.accept', { requestId: asked.requestId });
  const answer = (await http('GET', `/pair/${asked.requestId}`)).json as { state: string; token: string };
  assert.equal(answer.state, 'accepted');
  assert.match(answer.token, /^[0-9a-f]{64}$/);
  assert.equal((await http('GET', `/pair/${asked.requestId}`)).status, 404, 'the token is given once');
  assert.equal(((await http('GET', '/ping', { token: answer.token })).json as { paired: boolean }).paired, true);

  const browsers = await call<PairedBrowser[]>('browsers.list');
  assert.deepEqual(browsers.map((b) => b.client), ['Chromium 131 on Linux']);
  const stored = await readFile(join(dataDir, 'browser-connection.json'), 'utf8');
  assert.ok(!stored.includes(answer.token), 'the token itself is never written');
  assert.equal((JSON.parse(stored) as { browsers: { tokenHash: string }[] }).browsers[0]?.tokenHash, createHash('sha256').update(answer.token).digest('hex'));
});

test('deny, and too many waiting', async () => {
  const { http, call } = await connectedCore();
  const asked = (await http('POST', '/pair', { body: { client: 'Firefox' } })).json as { requestId: string };
  await call('pairing.deny', { requestId: asked.requestId });
  assert.deepEqual((await http('GET', `/pair/${asked.requestId}`)).json, { state: 'denied' });
  assert.equal((await http('GET', '/pair/00000000-0000-4000-8000-000000000000')).status, 404);
  for (let i = 0; i < 3; i++) assert.equal((await http('POST', '/pair', { body: { client: `Browser ${i}` } })).status, 200);
  const fourth = await http('POST', '/pair', { body: { client: 'One too many' } });
  assert.equal(fourth.status, 429);
  assert.equal(errorCode(fourth.json), 'too_many_pairings');
});

test('a web page is refused, with or without guessing a token; a revoked browser gets 401', async () => {
  const { http, call, pair, port } = await connectedCore();
  const token = await pair();
  const body = JSON.stringify({ kind: 'link', url: 'https://example.com/a' });
  const page = { Host: `127.0.0.1:${port}`, Origin: 'https://evil.example' };
  for (const headers of [page, { ...page, Authorization: `Bearer ${'0'.repeat(64)}` }, { ...page, Authorization: `Bearer ${token}` }, { ...extensionHeaders(port), Origin: 'https://evil.example' }]) {
    const reply = await rawRequest(port, 'POST', '/save', { headers, body });
    assert.equal(reply.status, 403, JSON.stringify(headers));
  }
  const guessed = await http('POST', '/save', { token: 'f'.repeat(64), body: { kind: 'link', url: 'https://example.com/a' } });
  assert.equal(guessed.status, 401);
  assert.equal(errorCode(guessed.json), 'unauthorized');

  assert.equal((await http('GET', '/tags', { token })).status, 200);
  const [browser] = await call<PairedBrowser[]>('browsers.list');
  assert.ok(browser?.lastUsedAt, 'using the token marks the browser used');
  assert.deepEqual(await call('browsers.revoke', { id: browser.id }), { revoked: true });
  assert.equal((await http('GET', '/tags', { token })).status, 401);
  assert.equal(((await http('GET', '/ping', { token })).json as { paired: boolean }).paired, false);
  assert.deepEqual(await call('browsers.list'), []);
});

test('turning the connection off closes the port and is remembered across a restart', async () => {
  const { call, port, dataDir, core, ports } = await connectedCore();
  const off = await call<ConnectionStatus>('connection.disable');
  assert.deepEqual([off.enabled, off.listening, off.port], [false, false, null]);
  await assert.rejects(rawRequest(port, 'GET', '/ping', { headers: extensionHeaders(port) }), /ECONNREFUSED/);
  await call('connection.enable');
  await core.close();
  const reopened = await createCore({ dataDir, rendererDir: '', owner: 'a test', browserConnection: { ports } });
  try {
    const status = await reopened.dispatch('connection.status', {});
    assert.ok(status.ok && status.value.listening, 'on again after a restart, as the reader left it');
  } finally {
    await reopened.close();
  }
});

test('the command line never listens', async () => {
  const core = await createCore({ dataDir: await tempDir(), rendererDir: '', owner: 'a test' });
  try {
    const result = await core.dispatch('connection.enable', {});
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.message, /lectern command does not listen/);
  } finally {
    await core.close();
  }
});
