import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchScore, rankByMatch } from './palette-match.ts';

test('characters must appear in order', () => {
  assert.notEqual(matchScore('arc', 'Archive'), null);
  assert.notEqual(matchScore('tdk', 'Theme: dark'), null);
  assert.equal(matchScore('xyz', 'Archive'), null);
  assert.equal(matchScore('cra', 'Archive'), null);
});

test('empty query keeps everything in order', () => {
  assert.deepEqual(rankByMatch('', ['b', 'a'], (s) => s), ['b', 'a']);
});

test('word-start and contiguous matches rank first', () => {
  const items = ['Show shortcuts', 'Delete article', 'Theme: dark', 'Toggle favorite'];
  assert.deepEqual(rankByMatch('dark', items, (s) => s), ['Theme: dark']);
  assert.equal(rankByMatch('de', items, (s) => s)[0], 'Delete article');
  assert.equal(rankByMatch('fav', items, (s) => s)[0], 'Toggle favorite');
});
