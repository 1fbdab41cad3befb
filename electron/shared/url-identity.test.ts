import { test } from 'node:test';
import assert from 'node:assert/strict';
import { urlIdentity } from './url-identity.ts';

test('scheme, www., fragment, trailing slash, default port and tracking parameters do not make another article', () => {
  const key = urlIdentity('https://example.com/a/b?x=1');
  for (const same of ['http://www.example.com/a/b/?x=1', 'https://EXAMPLE.com:443/a/b?x=1#section', 'https://example.com/a/b?utm_source=rss&x=1&fbclid=abc']) {
    assert.equal(urlIdentity(same), key, same);
  }
});

test('other query parameters, paths and ports do', () => {
  const key = urlIdentity('https://example.com/a?x=1');
  for (const other of ['https://example.com/a?x=2', 'https://example.com/b?x=1', 'https://example.com:8080/a?x=1', 'https://blog.example.com/a?x=1']) {
    assert.notEqual(urlIdentity(other), key, other);
  }
});

test('only http(s) addresses have an identity', () => {
  for (const bad of ['mailto:a@b.c', 'javascript:alert(1)', 'not a url', 'ftp://example.com/x', '']) assert.equal(urlIdentity(bad), null, bad);
});
