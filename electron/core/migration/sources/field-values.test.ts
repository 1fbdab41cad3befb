import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExportDate, parseFlag, parseTagList, progressFraction, splitTags } from './field-values.ts';

const NOW = Date.parse('2026-06-01T00:00:00Z');

test('dates in seconds, milliseconds, microseconds and every ISO spelling exports use', () => {
  assert.equal(parseExportDate(1728576752, NOW), '2024-10-10T16:12:32.000Z');
  assert.equal(parseExportDate('1728576752', NOW), '2024-10-10T16:12:32.000Z');
  assert.equal(parseExportDate('1728576752123', NOW), '2024-10-10T16:12:32.123Z');
  assert.equal(parseExportDate('1728576752123456', NOW), '2024-10-10T16:12:32.123Z');
  assert.equal(parseExportDate('2024-10-10T16:12:32.000Z', NOW), '2024-10-10T16:12:32.000Z');
  assert.equal(parseExportDate('2016-04-05T13:41:22+0200', NOW), '2016-04-05T11:41:22.000Z');
  assert.equal(parseExportDate('2024-01-02 03:04:05.123456+00:00', NOW), '2024-01-02T03:04:05.123Z');
  assert.equal(parseExportDate('2024-01-02 03:04:05+00:00', NOW), '2024-01-02T03:04:05.000Z');
});

test('absurd or missing dates are null, never a guess', () => {
  assert.equal(parseExportDate(0, NOW), null);
  assert.equal(parseExportDate('', NOW), null);
  assert.equal(parseExportDate('not a date', NOW), null);
  assert.equal(parseExportDate('2999-01-01T00:00:00Z', NOW), null);
  assert.equal(parseExportDate('1970-01-02', NOW), null);
  assert.equal(parseExportDate(null, NOW), null);
});

test('tags by separator and as JSON or Python lists, tidied and without case duplicates', () => {
  assert.deepEqual(splitTags('opensource|withÄumlaut|with space||', '|'), ['opensource', 'withÄumlaut', 'with space']);
  assert.deepEqual(splitTags('a, b, A', ', '), ['a', 'b']);
  assert.deepEqual(parseTagList('["a","b"]'), ['a', 'b']);
  assert.deepEqual(parseTagList('[]'), []);
  assert.deepEqual(parseTagList(`["don't", 'favorite', 'peanut, butter']`), ["don't", 'favorite', 'peanut, butter']);
  assert.deepEqual(parseTagList('x, y'), ['x', 'y']);
});

test('flags and progress as exports write them', () => {
  assert.deepEqual([true, 1, '1', 'true', 'Yes'].map(parseFlag), [true, true, true, true, true]);
  assert.deepEqual([false, 0, '0', 'false', '', null].map(parseFlag), [false, false, false, false, false, false]);
  assert.equal(progressFraction(57, 100), 0.57);
  assert.equal(progressFraction('0.42', 'auto'), 0.42);
  assert.equal(progressFraction('100', 'auto'), 1);
  assert.equal(progressFraction('', 'auto'), null);
  assert.equal(progressFraction(-3, 1), null);
  assert.equal(progressFraction(150, 100), 1);
});
