import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagKey } from '../../shared/tags.ts';
import { addTags, insertTag, removeTags, replaceTags, tagIndex } from './tag-lists.ts';

const keys = (...tags: string[]) => new Set(tags.map(tagKey));

test('each edit returns the very same list when it changes nothing', () => {
  const tags = ['Café', 'work'];
  assert.equal(addTags(tags, ['cafe', 'WORK']), tags);
  assert.equal(removeTags(tags, keys('travel')), tags);
  assert.equal(replaceTags(tags, keys('travel'), 'Trips'), tags);
  assert.equal(replaceTags(tags, keys('Café'), 'Café'), tags);
  assert.equal(insertTag(tags, 'CAFE', 0), tags);
});

test('adding appends only what is missing, compared case- and accent-insensitively', () => {
  assert.deepEqual(addTags(['Café'], ['cafe', 'Reading', 'reading']), ['Café', 'Reading']);
});

test('replacing folds every matching tag into one, at the first one\'s place', () => {
  assert.deepEqual(replaceTags(['a', 'Old', 'b', 'older', 'New'], keys('old', 'older'), 'New'), ['a', 'New', 'b']);
  assert.deepEqual(replaceTags(['cafe', 'x'], keys('cafe'), 'Café'), ['Café', 'x'], 'a new spelling of the same tag');
});

test('removing and putting back keep the place', () => {
  const removed = removeTags(['a', 'Gone', 'b'], keys('gone'));
  assert.deepEqual(removed, ['a', 'b']);
  assert.deepEqual(insertTag(removed, 'Gone', tagIndex(['a', 'Gone', 'b'], 'gone')), ['a', 'Gone', 'b']);
  assert.deepEqual(insertTag([], 'Gone', 5), ['Gone']);
  assert.equal(tagIndex(['a'], 'b'), -1);
});
