import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayHost, isWebUrl, parseWebAddresses, shortAddress, toWebAddress } from './web-address.ts';

test('one address per line, or separated by spaces and commas, in order and without repeats', () => {
  const text = 'https://a.example/one\nhttps://b.example/two  https://a.example/one,\thttp://c.example/?q=3\n\n';
  assert.deepEqual(parseWebAddresses(text), { urls: ['https://a.example/one', 'https://b.example/two', 'http://c.example/?q=3'], rejected: [] });
});

test('bare hosts get https, and punctuation around a link is not part of it', () => {
  assert.equal(toWebAddress('  example.com/post?id=1 '), 'https://example.com/post?id=1');
  assert.equal(toWebAddress('www.example.org'), 'https://www.example.org');
  assert.equal(toWebAddress('localhost.example:8080/a'), 'https://localhost.example:8080/a');
  assert.equal(toWebAddress('<https://example.com/a>'), 'https://example.com/a');
  assert.equal(toWebAddress('https://example.com/a.'), 'https://example.com/a');
  assert.equal(toWebAddress('(https://example.com/a)'), 'https://example.com/a');
  assert.equal(toWebAddress('https://en.wikipedia.org/wiki/Tide_(disambiguation)'), 'https://en.wikipedia.org/wiki/Tide_(disambiguation)');
  assert.equal(toWebAddress('//cdn.example.com/x'), 'https://cdn.example.com/x');
  assert.equal(toWebAddress('http://127.0.0.1:4173/article'), 'http://127.0.0.1:4173/article');
  assert.equal(toWebAddress('HTTP://example.com'), 'HTTP://example.com');
});

test('words, other schemes and file names are rejected, so the field can name them', () => {
  for (const word of ['hello', 'ftp://example.com/file', 'javascript:alert(1)', 'mailto:someone@example.com', 'https://', 'notes.md1', '']) {
    assert.equal(toWebAddress(word), null, word);
  }
  assert.deepEqual(parseWebAddresses('read example.com/a later'), { urls: ['https://example.com/a'], rejected: ['read', 'later'] });
});

test('where a word could be a file name, only http(s):// or www. makes an address', () => {
  const strict = { bareHosts: false };
  assert.equal(toWebAddress('https://example.com/post', strict), 'https://example.com/post');
  assert.equal(toWebAddress('www.example.com/a?b=1', strict), 'https://www.example.com/a?b=1');
  for (const word of ['notes.md', 'example.com/post', './www.example.com.html', '-', 'ftp://example.com/file']) {
    assert.equal(toWebAddress(word, strict), null, word);
  }
});

test('an absolute http(s) URL with a host is a web URL; anything else is not', () => {
  assert.equal(isWebUrl('https://example.com/a?b=c#d'), true);
  assert.equal(isWebUrl('HTTP://Example.com/'), true);
  for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'https://', 'example.com', 'https://a.example/b c', undefined, 42]) {
    assert.equal(isWebUrl(url), false, String(url));
  }
});

test('hosts and short forms for messages, progress lines and rows', () => {
  assert.equal(displayHost('https://www.example.com/a'), 'example.com');
  assert.equal(displayHost('http://127.0.0.1:4173/a'), '127.0.0.1');
  assert.equal(shortAddress('http://127.0.0.1:4173/a'), '127.0.0.1:4173/a');
  assert.equal(displayHost('//player.vimeo.com/v/1', 'https://invalid.invalid'), 'player.vimeo.com');
  assert.equal(displayHost('not a url'), null);
  assert.equal(shortAddress('https://www.example.com/'), 'example.com');
  assert.equal(shortAddress('https://example.com/blog/post?id=4'), 'example.com/blog/post?id=4');
  assert.equal(shortAddress('https://example.com/a-very-long-path-that-goes-on-and-on-forever/and-more', 30).length, 30);
  assert.ok(shortAddress('https://example.com/a-very-long-path-that-goes-on-and-on-forever', 30).endsWith('…'));
  assert.equal(shortAddress('typed words'), 'typed words');
});
