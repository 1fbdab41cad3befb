import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchParts, snippetParts } from './match-parts.ts';

test('marks every word of the query, whatever the case', () => {
  assert.deepEqual(matchParts('Glaciers and the glacier men', 'glacier MEN'), [
    { text: 'Glacier', match: true },
    { text: 's and the ', match: false },
    { text: 'glacier', match: true },
    { text: ' ', match: false },
    { text: 'men', match: true },
  ]);
});

test('an empty or one-letter query leaves the text whole, and symbols are literal', () => {
  assert.deepEqual(matchParts('Rivers', ''), [{ text: 'Rivers', match: false }]);
  assert.deepEqual(matchParts('Rivers', 'r'), [{ text: 'Rivers', match: false }]);
  assert.deepEqual(matchParts('C++ (notes)', 'c++'), [
    { text: 'C++', match: true },
    { text: ' (notes)', match: false },
  ]);
});

test('marks what core matched, accents and width aside, in the text as written', () => {
  assert.deepEqual(matchParts('Café ＷＩＤＥ', 'cafe wide'), [
    { text: 'Café', match: true },
    { text: ' ', match: false },
    { text: 'ＷＩＤＥ', match: true },
  ]);
});

test('operators, exclusions and OR are not marked; phrase words are', () => {
  assert.deepEqual(matchParts('Rivers of tag and site', '"rivers of" -site tag:x OR is:unread'), [
    { text: 'Rivers', match: true },
    { text: ' ', match: false },
    { text: 'of', match: true },
    { text: ' tag and site', match: false },
  ]);
});

test('a snippet is marked where core says, with bad marks tidied', () => {
  assert.deepEqual(snippetParts({ snippet: '…the river bends', marks: [{ start: 5, end: 10 }, { start: 1, end: 4 }] }), [
    { text: '…', match: false },
    { text: 'the', match: true },
    { text: ' ', match: false },
    { text: 'river', match: true },
    { text: ' bends', match: false },
  ]);
  assert.deepEqual(snippetParts({ snippet: 'short', marks: [{ start: 2, end: 99 }, { start: 3, end: 4 }, { start: 4, end: 2 }] }), [
    { text: 'sh', match: false },
    { text: 'ort', match: true },
  ]);
});
