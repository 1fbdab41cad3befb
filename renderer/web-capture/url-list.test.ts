import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUrlList, shortUrl, toWebUrl } from './url-list.ts';

test('one address per line, or separated by spaces and commas, in order and without repeats', () => {
  const text = 'https://a.example/one\nhttps://b.example/two  https://a.example/one,\thttp://c.example/?q=3\n\n';
  assert.deepEqual(parseUrlList(text), { urls: ['https://a.example/one', 'https://b.example/two', 'http://c.example/?q=3'], rejected: [] });
});

test('bare hosts get https, and punctuation around a link is not part of it', () => {
  assert.equal(toWebUrl('example.com/post'), 'https://example.com/post');
  assert.equal(toWebUrl('www.example.org'), 'https://www.example.org');
  assert.equal(toWebUrl('localhost.example:8080/a'), 'https://localhost.example:8080/a');
  assert.equal(toWebUrl('<https://example.com/a>'), 'https://example.com/a');
  assert.equal(toWebUrl('https://example.com/a.'), 'https://example.com/a');
  assert.equal(toWebUrl('(https://example.com/a)'), 'https://example.com/a');
  assert.equal(toWebUrl('https://en.wikipedia.org/wiki/Tide_(disambiguation)'), 'https://en.wikipedia.org/wiki/Tide_(disambiguation)');
  assert.equal(toWebUrl('//cdn.example.com/x'), 'https://cdn.example.com/x');
  assert.equal(toWebUrl('http://127.0.0.1:4173/article'), 'http://127.0.0.1:4173/article');
});

test('words, other schemes and file names are rejected, so the field can name them', () => {
  assert.equal(toWebUrl('hello'), null);
  assert.equal(toWebUrl('ftp://example.com/file'), null);
  assert.equal(toWebUrl('javascript:alert(1)'), null);
  assert.equal(toWebUrl('mailto:someone@example.com'), null);
  assert.equal(toWebUrl('https://'), null);
  assert.equal(toWebUrl('notes.md1'), null);
  assert.deepEqual(parseUrlList('read example.com/a later'), { urls: ['https://example.com/a'], rejected: ['read', 'later'] });
});

test('short forms for progress lines and rows', () => {
  assert.equal(shortUrl('https://www.example.com/'), 'example.com');
  assert.equal(shortUrl('https://example.com/blog/post?id=4'), 'example.com/blog/post?id=4');
  assert.equal(shortUrl('https://example.com/a-very-long-path-that-goes-on-and-on-forever/and-more', 30).length, 30);
  assert.ok(shortUrl('https://example.com/a-very-long-path-that-goes-on-and-on-forever', 30).endsWith('…'));
});
