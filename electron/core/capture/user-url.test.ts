import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeUserUrl, splitUrls } from './user-url.ts';

test('typed addresses are tidied, and pasted text is split into links', () => {
  assert.equal(normalizeUserUrl('  example.com/post?id=1 '), 'https://example.com/post?id=1');
  assert.equal(normalizeUserUrl('<https://example.com/a>'), 'https://example.com/a');
  assert.equal(normalizeUserUrl('//cdn.example.com/x'), 'https://cdn.example.com/x');
  assert.equal(normalizeUserUrl('localhost.test:8080/a'), 'https://localhost.test:8080/a');
  assert.equal(normalizeUserUrl('http://example.com'), 'http://example.com');
  assert.equal(normalizeUserUrl('mailto:a@b.c'), 'mailto:a@b.c');
  assert.equal(normalizeUserUrl('just words'), 'just words');
  assert.deepEqual(splitUrls('read https://a.example/1\nhttps://b.example/2, b.example/3 https://a.example/1'), [
    'https://a.example/1',
    'https://b.example/2',
    'https://b.example/3',
  ]);
});
