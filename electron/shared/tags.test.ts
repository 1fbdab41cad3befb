import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeTags, tagKey } from './tags.ts';

test('one tidy spelling per tag: the first typed wins, case and accents make no new tag', () => {
  assert.deepEqual(normalizeTags([' #To  Read ', 'to read', 'Café', 'cafe', '', '##', 'history of  bridges']), ['To Read', 'Café', 'history of bridges']);
});

test('tags are compared folded, without their leading #', () => {
  assert.equal(tagKey('#Café'), tagKey('cafe'));
  assert.notEqual(tagKey('cafe'), tagKey('cafes'));
});

test('a long tag is cut, not refused', () => {
  assert.equal(normalizeTags(['x'.repeat(100)])[0]?.length, 64);
});
