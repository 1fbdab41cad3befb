import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeAttempts, describeNextTry } from './pending-time.ts';

test('attempts read as words', () => {
  assert.equal(describeAttempts(0), 'Not tried yet');
  assert.equal(describeAttempts(1), 'Tried once');
  assert.equal(describeAttempts(4), 'Tried 4 times');
});

test('the next try is a moment, a clock time, or a date; null waits for the person', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  assert.equal(describeNextTry(null, now), 'waits for you');
  assert.equal(describeNextTry('2026-03-02T10:00:20Z', now), 'next try in a moment');
  assert.equal(describeNextTry('2026-03-02T09:00:00Z', now), 'next try in a moment');
  assert.match(describeNextTry('2026-03-02T10:05:00Z', now, 'en-GB'), /^next try at \d\d:\d\d$/);
  assert.match(describeNextTry('2026-03-04T10:05:00Z', now, 'en-GB'), /^next try \d+ Mar, \d\d:\d\d$/);
  assert.equal(describeNextTry('not a date', now), 'waits for you');
});
