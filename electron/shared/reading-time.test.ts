import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReadingTime } from './reading-time.ts';

test('minutes up to two hours', () => {
  assert.equal(formatReadingTime(1), '1 min');
  assert.equal(formatReadingTime(45), '45 min');
  assert.equal(formatReadingTime(120), '120 min');
});

test('hours past two hours, days past two days', () => {
  assert.equal(formatReadingTime(121), '2 hours');
  assert.equal(formatReadingTime(200), '3 hours');
  assert.equal(formatReadingTime(2879), '48 hours');
  assert.equal(formatReadingTime(2880), '2 days');
  assert.equal(formatReadingTime(34440), '24 days');
});
