import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FINISHED_FRACTION, STARTED_FRACTION, hasStarted, isAtEnd, percentRead, readingState } from './reading-state.ts';

const at = (fraction: number, block = 0) => ({ fraction, anchor: fraction === 0 ? null : { block, offset: 0 } });

test('an article is unread until 1 % in or past its first block', () => {
  assert.equal(readingState(null, null), 'unread');
  assert.equal(readingState(at(0), null), 'unread');
  assert.equal(readingState(at(0.009), null), 'unread');
  assert.equal(readingState(at(STARTED_FRACTION), null), 'reading');
  assert.equal(readingState(at(0.002, 1), null), 'reading');
  assert.equal(readingState(at(0.5), null), 'reading');
});

test('finishing is recorded, not inferred: a finished article read again stays finished', () => {
  assert.equal(readingState(at(0.2), '2026-01-01T00:00:00Z'), 'finished');
  assert.equal(readingState(null, '2026-01-01T00:00:00Z'), 'finished');
});

test('the end is 98 %', () => {
  assert.equal(isAtEnd(FINISHED_FRACTION), true);
  assert.equal(isAtEnd(0.979), false);
  assert.equal(hasStarted(at(FINISHED_FRACTION)), true);
});

test('the percent shown agrees with the state: a started article never reads 0 %', () => {
  assert.equal(percentRead(STARTED_FRACTION), 1);
  assert.equal(percentRead(0.002), 1);
  assert.equal(percentRead(0.29), 29);
  assert.equal(percentRead(0.996), 99);
  assert.equal(percentRead(1), 100);
});
