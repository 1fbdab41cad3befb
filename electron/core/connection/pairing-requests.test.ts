import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { PairingRequests } from './pairing-requests.ts';

function pairings(ttlMs?: number) {
  let changes = 0;
  const requests = new PairingRequests({ ttlMs, onChange: () => changes++ });
  return { requests, changes: () => changes };
}

test('a request gets a four-digit code and waits for the reader', () => {
  const { requests, changes } = pairings();
  const request = requests.open('Chromium 131 on Linux');
  assert.ok(request);
  assert.match(request.code, /^\d{4}$/);
  assert.match(request.requestId, /^[0-9a-f-]{36}$/);
  assert.equal(request.client, 'Chromium 131 on Linux');
  assert.ok(Date.parse(request.expiresAt) - Date.now() > 110_000);
  assert.deepEqual(requests.waiting(), [request]);
  assert.deepEqual(requests.poll(request.requestId), { state: 'waiting' });
  assert.equal(changes(), 1);
  requests.clear();
});

test('an accepted request is answered once, then forgotten', () => {
  const { requests } = pairings();
  const request = requests.open('Firefox')!;
  requests.answer(request.requestId, 'accepted');
  assert.deepEqual(requests.waiting(), []);
  assert.deepEqual(requests.poll(request.requestId), { state: 'accepted', client: 'Firefox' });
  assert.equal(requests.poll(request.requestId), null, 'the token is given once');
  assert.throws(() => requests.answer(request.requestId, 'denied'), /no longer asking to connect/);
});

test('a denied request says so, and cannot be accepted after', () => {
  const { requests } = pairings();
  const request = requests.open('Firefox')!;
  requests.answer(request.requestId, 'denied');
  assert.throws(() => requests.answer(request.requestId, 'accepted'), /no longer asking/);
  assert.deepEqual(requests.poll(request.requestId), { state: 'denied' });
  assert.equal(requests.poll(request.requestId), null);
});

test('a request nobody answers expires, and the app is told', async () => {
  const { requests, changes } = pairings(40);
  const request = requests.open('Edge')!;
  await sleep(80);
  assert.equal(requests.poll(request.requestId), null);
  assert.deepEqual(requests.waiting(), []);
  assert.equal(changes(), 2, 'opened, then expired');
  assert.throws(() => requests.answer(request.requestId, 'accepted'), /two minutes passed/);
});

test('at most three wait at once; a name is one tidy line', () => {
  const { requests } = pairings();
  for (let i = 0; i < 3; i++) assert.ok(requests.open(`Browser ${i}`));
  assert.equal(requests.open('A fourth'), null);
  requests.clear();
  assert.equal(requests.open('\u202eevil\n\tname\u0007 ')!.client, 'evil name');
  assert.equal(requests.open('   ')!.client, 'A browser');
  assert.equal(requests.open('x'.repeat(300))!.client.length, 100);
  requests.clear();
});
