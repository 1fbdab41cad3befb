import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scrollToReveal, visibleRows } from './window-range.ts';

test('draws only the rows in view plus overscan', () => {
  assert.deepEqual(visibleRows(0, 500, 100, 10_000, 3), { start: 0, end: 8 });
  assert.deepEqual(visibleRows(250_000, 500, 100, 10_000, 3), { start: 2497, end: 2508 });
  assert.deepEqual(visibleRows(999_900, 500, 100, 10_000, 3), { start: 9996, end: 10_000 });
  assert.deepEqual(visibleRows(0, 500, 100, 0, 3), { start: 0, end: 0 });
});

test('a zero-height viewport (not yet measured) still draws a first row', () => {
  assert.deepEqual(visibleRows(0, 0, 100, 50, 0), { start: 0, end: 1 });
});

test('reveals a row with the least scrolling', () => {
  assert.equal(scrollToReveal(2, 0, 500, 100), null);
  assert.equal(scrollToReveal(7, 0, 500, 100), 300);
  assert.equal(scrollToReveal(1, 300, 500, 100), 100);
  assert.equal(scrollToReveal(1, 300, 500, 100, 20), 80);
});
