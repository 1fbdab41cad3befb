import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchParts } from './match-parts.ts';

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
