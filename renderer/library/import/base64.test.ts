import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytesToBase64, bytesToBase64Async } from './base64.ts';

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = (i * 7919 + (i >> 3)) & 0xff;
  return bytes;
}

test('matches Buffer for sizes around chunk boundaries', () => {
  for (const n of [0, 1, 2, 3, 8191, 8192, 8193, 49151, 49152, 49153, 200_000]) {
    const bytes = randomBytes(n);
    assert.equal(bytesToBase64(bytes), Buffer.from(bytes).toString('base64'), `size ${n}`);
  }
});

test('the async variant gives the same text for a multi-megabyte input', async () => {
  const bytes = randomBytes(3 * 1024 * 1024 + 5);
  assert.equal(await bytesToBase64Async(bytes), Buffer.from(bytes).toString('base64'));
});
