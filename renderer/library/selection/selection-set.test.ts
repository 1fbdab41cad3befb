import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleCount, rangeBetween, toggled, withAll } from './selection-set.ts';

test('toggled adds an id, and takes it out again, without touching the old set', () => {
  const empty = new Set<string>();
  const one = toggled(empty, 'a');
  assert.deepEqual([...one], ['a']);
  assert.deepEqual([...toggled(one, 'a')], []);
  assert.equal(empty.size, 0);
});

test('withAll returns the same set when nothing is new', () => {
  const set = new Set(['a', 'b']);
  assert.equal(withAll(set, ['b', 'a']), set);
  assert.deepEqual([...withAll(set, ['c'])], ['a', 'b', 'c']);
});

test('rangeBetween works in both directions', () => {
  assert.deepEqual(rangeBetween(7, 3), { start: 3, end: 7 });
  assert.deepEqual(rangeBetween(2, 2), { start: 2, end: 2 });
});

test('articleCount says one article, and many articles', () => {
  assert.equal(articleCount(1), '1 article');
  assert.equal(articleCount(3), '3 articles');
});
