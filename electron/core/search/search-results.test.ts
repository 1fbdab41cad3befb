import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleRecord } from '../library/schema.ts';
import { bestKept, pageOf, rankKept, type Found } from './search-results.ts';

const record = (id: string) => ({ id }) as ArticleRecord;
const ids = (records: readonly ArticleRecord[]) => records.map((r) => r.id);

test('the best ids the filters kept, in rank order, with their places in the ranking', () => {
  const kept = ['a', 'b', 'c', 'd'].map(record);
  const found = bestKept(kept, ['d', 'x', 'b', 'y']);
  assert.deepEqual(
    found.map(({ record, place }) => [record.id, place]),
    [
      ['d', 0],
      ['b', 2],
    ],
  );
  assert.deepEqual(bestKept(kept, []), []);
});

test('a page is the ranked ones first, then the other matches in the library order, none twice', () => {
  const found: Found = { ranked: ['c', 'a'].map(record), all: ['a', 'b', 'c', 'd'].map(record), total: 4, scores: new Map([['c', 2], ['a', 1]]), snippets: new Map() };
  assert.deepEqual(ids(pageOf(found, { from: 0, count: 2 })), ['c', 'a']);
  assert.deepEqual(ids(pageOf(found, { from: 1, count: 2 })), ['a', 'b']);
  assert.deepEqual(ids(pageOf(found, { from: 0, count: 10 })), ['c', 'a', 'b', 'd']);
  assert.deepEqual(ids(pageOf(found, { from: 4, count: 2 })), []);
});

test('counted, not listed: the page comes from the ranked ones alone', () => {
  const found: Found = { ranked: ['c', 'a'].map(record), all: null, total: 5000, scores: new Map(), snippets: new Map() };
  assert.deepEqual(ids(pageOf(found, { from: 1, count: 5 })), ['a']);
});

test('unranked: the library order', () => {
  const found: Found = { ranked: [], all: ['a', 'b', 'c'].map(record), total: 3, scores: null, snippets: new Map() };
  assert.deepEqual(ids(pageOf(found, { from: 1, count: 1 })), ['b']);
});

test('a filtered search: the best the filters kept, with their own scores, and every kept match after them', () => {
  const kept = ['a', 'c', 'e'].map(record);
  const everyMatch = { ids: ['e', 'b', 'a', 'd', 'c'], scores: Float64Array.from([9, 8, 7, 6, 5]) };
  const found = rankKept(kept, everyMatch, 2);
  assert.deepEqual(ids(found.ranked), ['e', 'a']);
  assert.deepEqual([...found.scores!], [['e', 9], ['a', 7]]);
  assert.equal(found.total, 3);
  assert.deepEqual(ids(pageOf(found, { from: 0, count: 10 })), ['e', 'a', 'c']);
});
