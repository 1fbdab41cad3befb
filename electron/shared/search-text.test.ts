import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTerms, foldForSearch, matchesTerms, searchTerms } from './search-text.ts';

test('folding ignores case, accents and full-width forms', () => {
  assert.equal(foldForSearch('Café CRÈME'), 'cafe creme');
  assert.equal(foldForSearch('Cafe\u0301'), 'cafe'); // an accent typed as its own combining mark
  assert.equal(foldForSearch('Ｗｉｄｅ １２'), 'wide 12');
  assert.equal(foldForSearch('ﬁne Straße Łódź Øresund'), 'fine strasse lodz oresund');
  assert.equal(foldForSearch('ΟΔΟΣ'), foldForSearch('οδος'));
});

test('vowel signs of other scripts are not accents', () => {
  assert.notEqual(foldForSearch('कि'), foldForSearch('का'));
  assert.equal(foldForSearch('नमस्ते'), 'नमस्ते'.normalize('NFKD'));
});

test('a text matches when it holds every term of the query', () => {
  const terms = searchTerms('  cafe   Society ');
  assert.deepEqual(terms, ['cafe', 'society']);
  assert.equal(matchesTerms('The Café Society', terms), true);
  assert.equal(matchesTerms('The Café', terms), false);
  assert.equal(matchesTerms('anything', []), true);
  assert.equal(matchesTerms(foldForSearch('Café Society'), terms, { folded: true }), true);
});

test('found ranges point into the original text, whatever folding did to its length', () => {
  const text = 'Le café ﬁnal, Cafe\u0301 Ｗｉｄｅ';
  const found = findTerms(text, searchTerms('cafe fin wide'));
  assert.deepEqual(found.map(({ start, end }) => text.slice(start, end)), ['café', 'ﬁn', 'Cafe\u0301', 'Ｗｉｄｅ']);
});

test('longer terms win and matches never overlap', () => {
  const text = 'glaciers and glacier';
  assert.deepEqual(findTerms(text, ['glacier', 'glaciers', 'lac']).map(({ start, end }) => text.slice(start, end)), ['glaciers', 'glacier']);
  assert.deepEqual(findTerms('', ['x']), []);
  assert.deepEqual(findTerms('text', []), []);
});
