import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minutesLeft, reachedEnd, readingStatus } from './reading-status.ts';

test('minutes left counts down and ends at 0', () => {
  assert.equal(minutesLeft(10, 0), 10);
  assert.equal(minutesLeft(10, 0.5), 5);
  assert.equal(minutesLeft(10, 0.97), 1);
  assert.equal(minutesLeft(10, 0.99), 0);
  assert.equal(minutesLeft(1, 0.1), 1);
});

test('the status counts minutes while reading and says Finished at the end', () => {
  assert.equal(readingStatus({ readingMinutes: 12, fraction: 0, scrollable: true, finished: false }), '12 min left');
  assert.equal(readingStatus({ readingMinutes: 12, fraction: 0.5, scrollable: true, finished: false }), '6 min left');
  assert.equal(readingStatus({ readingMinutes: 12, fraction: 1, scrollable: true, finished: false }), 'Finished');
  assert.equal(readingStatus({ readingMinutes: 12, fraction: 0.2, scrollable: true, finished: true }), '10 min left');
  assert.equal(readingStatus({ readingMinutes: 34440, fraction: 0.5, scrollable: true, finished: false }), '12 days left');
  assert.equal(readingStatus({ readingMinutes: 300, fraction: 0.9, scrollable: true, finished: false }), '30 min left');
});

test('a text that fits the window is not finished by being opened', () => {
  assert.equal(readingStatus({ readingMinutes: 2, fraction: 1, scrollable: false, finished: false }), '2 min read');
  assert.equal(readingStatus({ readingMinutes: 2, fraction: 1, scrollable: false, finished: true }), 'Finished');
  assert.equal(reachedEnd({ fraction: 1, scrollable: false }), false);
  assert.equal(reachedEnd({ fraction: 0.99, scrollable: true }), true);
});
