import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromFrame, placeFloating } from './floating-position.ts';

const bounds = { top: 52, left: 0, right: 1000, bottom: 800 };
const size = { width: 200, height: 40 };
const line = (top: number, left = 300, right = 600) => ({ top, bottom: top + 30, left, right });

test('sits above the first line, centred on it, when there is room', () => {
  const p = placeFloating(line(300), line(360), size, bounds);
  assert.deepEqual(p, { top: 252, left: 350, side: 'above' });
  assert.ok(p.top + size.height <= 300, 'never covers the first line');
});

test('goes below the last line when the passage starts under the bar', () => {
  const p = placeFloating(line(60), line(120), size, bounds);
  assert.equal(p.side, 'below');
  assert.equal(p.top, 158);
});

test('stays inside the horizontal bounds', () => {
  assert.equal(placeFloating(line(300, 0, 20), line(300, 0, 20), size, bounds).left, 8);
  assert.equal(placeFloating(line(300, 950, 1000), line(300, 950, 1000), size, bounds).left, 792);
});

test('a passage taller than the view: the side with more room, clamped into view', () => {
  const p = placeFloating(line(70), line(780), size, bounds);
  assert.equal(p.side, 'above', '18px above the first line against none below the last');
  assert.ok(p.top >= bounds.top && p.top + size.height <= bounds.bottom);
});

test('frame boxes move into the parent viewport', () => {
  assert.deepEqual(fromFrame({ top: 1, bottom: 2, left: 3, right: 4 }, { top: 10, left: 20 }), { top: 11, bottom: 12, left: 23, right: 24 });
});
