import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HostLanes } from './host-lanes.ts';

test('hosts take turns, each up to its limit, in the order their links were queued', () => {
  const lanes = new HostLanes(2);
  for (const id of ['a1', 'a2', 'a3', 'a4']) lanes.add(id, 'a.example');
  lanes.add('b1', 'b.example');
  const taken = [lanes.take(), lanes.take(), lanes.take(), lanes.take()].map((next) => next?.id ?? null);
  assert.deepEqual(taken, ['a1', 'b1', 'a2', null], 'a third from a.example waits for a free slot');
  assert.deepEqual([lanes.waiting, lanes.active], [2, 3]);
  lanes.finish('a.example');
  lanes.add('a0', 'a.example', true);
  assert.equal(lanes.take()?.id, 'a0', 'a link put back for another try goes first');
  assert.equal(lanes.take(), null);
  lanes.finish('b.example');
  assert.equal(lanes.take(), null, 'a free slot on another host does not let a third a.example link start');
  assert.deepEqual([lanes.waiting, lanes.active], [2, 2]);
});

test('an article moved to the front starts next, ahead of its own host and of the hosts whose turn it was', () => {
  const lanes = new HostLanes(2);
  for (const id of ['a1', 'a2']) lanes.add(id, 'a.example');
  for (const id of ['b1', 'b2', 'b3']) lanes.add(id, 'b.example');
  assert.equal(lanes.moveToFront('b3', 'b.example'), true);
  assert.equal(lanes.moveToFront('nowhere', 'b.example'), false);
  assert.deepEqual([lanes.take()?.id, lanes.take()?.id, lanes.take()?.id], ['b3', 'a1', 'b1']);
  assert.equal(lanes.moveToFront('b3', 'b.example'), false, 'one already running is not waiting');
  assert.deepEqual([lanes.waiting, lanes.active], [2, 3]);
});

test('take(only) starts only the articles that pass, and leaves the others waiting in their place', () => {
  const lanes = new HostLanes(2);
  for (const id of ['a1', 'a2', 'a3']) lanes.add(id, 'a.example');
  lanes.moveToFront('a3', 'a.example');
  const wanted = (id: string) => id === 'a3';
  assert.equal(lanes.take(wanted)?.id, 'a3');
  assert.equal(lanes.take(wanted), null, 'a1 waits while only wanted articles may start');
  assert.equal(lanes.take()?.id, 'a1');
});
