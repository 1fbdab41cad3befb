import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeUserUrl } from './user-url.ts';

test('typed addresses are tidied; anything else is passed on for the fetcher to refuse', () => {
  assert.equal(normalizeUserUrl('  example.com/post?id=1 '), 'https://example.com/post?id=1');
  assert.equal(normalizeUserUrl('<https://example.com/a>'), 'https://example.com/a');
  assert.equal(normalizeUserUrl('http://example.com'), 'http://example.com');
  assert.equal(normalizeUserUrl(' mailto:a@b.c '), 'mailto:a@b.c');
  assert.equal(normalizeUserUrl('just words'), 'just words');
});
