import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PairingRequestInfo } from '../../electron/shared/contract-connection.ts';
import { dropExpired, followCore, nextExpiryIn, withRequest } from './pairing-queue.ts';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const request = (id: string, expiresInMs: number): PairingRequestInfo => ({ requestId: id, client: `Browser ${id}`, code: '0420', expiresAt: at(expiresInMs) });
const ids = (list: readonly PairingRequestInfo[]) => list.map((r) => r.requestId);

test('requests queue in the order they came, once each, and one whose time is up is not shown', () => {
  let queue = withRequest([], request('a', 120_000), NOW);
  queue = withRequest(queue, request('b', 119_000), NOW);
  queue = withRequest(queue, request('a', 120_000), NOW);
  queue = withRequest(queue, request('late', -1), NOW);
  assert.deepEqual(ids(queue), ['a', 'b']);
});

test("core's list is followed: answered elsewhere goes quietly, run out is reported, new ones join", () => {
  const queue = [request('answered', 90_000), request('ran-out', 500), request('stays', 60_000)];
  const change = followCore(queue, [request('stays', 60_000), request('new', 120_000)], NOW);
  assert.deepEqual(ids(change.queue), ['stays', 'new']);
  assert.deepEqual(ids(change.expired), ['ran-out']);
});

test("the window's own clock drops a request at its expiry even before core says so", () => {
  const queue = [request('a', 1000), request('b', 5000)];
  assert.deepEqual(ids(dropExpired(queue, NOW + 999).queue), ['a', 'b']);
  const later = dropExpired(queue, NOW + 1000);
  assert.deepEqual(ids(later.queue), ['b']);
  assert.deepEqual(ids(later.expired), ['a']);
});

test('the timer is set for the first request to run out', () => {
  assert.equal(nextExpiryIn([], NOW), null);
  assert.equal(nextExpiryIn([request('a', 9000), request('b', 4000)], NOW), 4000);
  assert.equal(nextExpiryIn([request('a', -50)], NOW), 0);
});
