import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moveBy, moveTo } from './reorder.ts';

test('moveBy moves one step and stops at the ends', () => {
  assert.deepEqual(moveBy(['a', 'b', 'c'], 'b', -1), ['b', 'a', 'c']);
  assert.deepEqual(moveBy(['a', 'b', 'c'], 'b', 1), ['a', 'c', 'b']);
  assert.deepEqual(moveBy(['a', 'b', 'c'], 'a', -1), ['a', 'b', 'c']);
  assert.deepEqual(moveBy(['a', 'b', 'c'], 'c', 5), ['a', 'b', 'c']);
});

test('moveTo puts the item at the index of the list without it; an unknown id changes nothing', () => {
  assert.deepEqual(moveTo(['a', 'b', 'c', 'd'], 'a', 2), ['b', 'c', 'a', 'd']);
  assert.deepEqual(moveTo(['a', 'b', 'c', 'd'], 'd', 0), ['d', 'a', 'b', 'c']);
  assert.deepEqual(moveTo(['a', 'b'], 'x', 0), ['a', 'b']);
});
