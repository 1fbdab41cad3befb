import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packSnippets, unpackSnippets } from './packed-snippets.ts';
import type { CutSnippet } from './snippet.ts';

test('snippets come back from packing as they went in: passages, marks, places and none', () => {
  const snippets = new Map<string, CutSnippet>([
    ['a1', { snippet: '…the old mill by the mill race…', marks: [{ start: 9, end: 13 }, { start: 21, end: 25 }], range: { start: 1200, end: 1204 } }],
    ['a2', { snippet: 'The beginning, nothing matched', marks: [], range: null }],
    ['a3', { snippet: '検索する', marks: [{ start: 0, end: 2 }], range: { start: 0, end: 2 } }],
  ]);
  const packed = packSnippets(snippets);
  assert.ok(packed.numbers instanceof Int32Array);
  assert.deepEqual(unpackSnippets(packed), snippets);
  assert.deepEqual(unpackSnippets(packSnippets(new Map())), new Map());
});
