import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEARCH_TIPS, withTip } from './search-tips.ts';

const tip = (example: string) => SEARCH_TIPS.find((t) => t.example === example)!;

test('a tip is added after what is typed, ready to type on', () => {
  assert.equal(withTip('', tip('tag:name')), 'tag:');
  assert.equal(withTip('rivers ', tip('author:')), 'rivers author:');
  assert.equal(withTip('rivers', tip('is:unread')), 'rivers is:unread ');
});
