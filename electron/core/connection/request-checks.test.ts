import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bearerToken, RateLimit, refuseRequest } from './request-checks.ts';

const ok = { host: '127.0.0.1:47815', 'x-lectern-client': 'extension/0.1.0' };

test('the extension’s own requests pass', () => {
  assert.equal(refuseRequest('GET', ok, 47815), null);
  assert.equal(refuseRequest('POST', { ...ok, host: 'localhost:47815' }, 47815), null);
  assert.equal(refuseRequest('POST', { ...ok, origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' }, 47815), null);
  assert.equal(refuseRequest('POST', { ...ok, origin: 'moz-extension://2b0a6e3c-4d1f-4e4b-9c61-0d1c2e3f4a5b' }, 47815), null);
});

test('preflights are refused, so no web page ever gets a CORS answer', () => {
  assert.deepEqual(refuseRequest('OPTIONS', { ...ok, origin: 'https://evil.example' }, 47815)?.status, 403);
  assert.equal(refuseRequest('OPTIONS', ok, 47815)?.code, 'preflight_refused');
});

test('a Host other than 127.0.0.1 or localhost on this port is refused (DNS rebinding)', () => {
  for (const host of ['evil.example:47815', '127.0.0.1:47816', '127.0.0.1', 'localhost', '[::1]:47815', undefined]) {
    assert.equal(refuseRequest('GET', { ...ok, host }, 47815)?.code, 'bad_host', String(host));
  }
});

test('a request without the custom header, or with a web page’s Origin, is refused', () => {
  const { 'x-lectern-client': _dropped, ...noHeader } = ok;
  assert.equal(refuseRequest('POST', noHeader, 47815)?.code, 'not_the_extension');
  assert.equal(refuseRequest('POST', { ...ok, 'x-lectern-client': 'something else' }, 47815)?.code, 'not_the_extension');
  for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:47815', 'file://']) {
    assert.equal(refuseRequest('POST', { ...ok, origin }, 47815)?.code, 'web_origin', origin);
  }
});

test('only a well-formed bearer token is read', () => {
  const token = 'ab'.repeat(32);
  assert.equal(bearerToken({ authorization: `Bearer ${token}` }), token);
  assert.equal(bearerToken({ authorization: `Bearer ${token.toUpperCase()}` }), token);
  assert.equal(bearerToken({ authorization: `Basic ${token}` }), null);
  assert.equal(bearerToken({ authorization: 'Bearer short' }), null);
  assert.equal(bearerToken({}), null);
});

test('the rate limit lets 120 a minute through, then says how long to wait', () => {
  const limit = new RateLimit();
  const start = 1_000_000;
  for (let i = 0; i < 120; i++) assert.ok(limit.take(start + i), `request ${i + 1}`);
  assert.equal(limit.take(start + 500), false);
  assert.equal(limit.retryAfter(start + 500), 60);
  assert.ok(limit.take(start + 60_001), 'the oldest has left the window');
});
