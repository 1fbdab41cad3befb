import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnchoredHighlight } from '../models.ts';
import { readingOrder, upsert } from './reading-order.ts';

function placed(id: string, start: number | null, end: number | null, createdAt = '2026-01-01'): AnchoredHighlight {
  return {
    id,
    articleId: 'a',
    color: 'yellow',
    note: '',
    tags: [],
    selectors: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: start ?? 50, end: end ?? 60 }],
    createdAt,
    updatedAt: createdAt,
    start,
    end,
    orphaned: start === null,
  };
}

test('placed highlights by start, the longer first on a tie; orphans last', () => {
  const list = [placed('orphan', null, null), placed('late', 30, 40), placed('short', 10, 12), placed('long', 10, 20)];
  assert.deepEqual(list.sort(readingOrder).map((h) => h.id), ['long', 'short', 'late', 'orphan']);
});

test('upsert replaces a highlight by id and puts it where it now reads', () => {
  const list = [placed('a', 0, 5), placed('b', 10, 15)];
  assert.deepEqual(upsert(list, placed('a', 20, 25)).map((h) => `${h.id}@${h.start}`), ['b@10', 'a@20']);
  assert.deepEqual(upsert(list, placed('c', 7, 8)).map((h) => h.id), ['a', 'c', 'b']);
});
