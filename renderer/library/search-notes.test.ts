import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchNotes } from './search-notes.ts';

test('hints come first, then the build with its progress', () => {
  assert.deepEqual(searchNotes(['Unknown operator “colour:”, searched as words.'], { state: 'building', done: 1234, total: 10000, message: null }), [
    'Unknown operator “colour:”, searched as words.',
    'Building the search index… 1,234 of 10,000',
  ]);
});

test('a ready index and a plain query say nothing; an unavailable one says why', () => {
  assert.deepEqual(searchNotes([], { state: 'ready', done: 10, total: 10, message: null }), []);
  assert.deepEqual(searchNotes([], null), []);
  assert.deepEqual(searchNotes([], { state: 'unavailable', done: 0, total: 0, message: 'The index could not be opened.' }), ['The index could not be opened.']);
});
