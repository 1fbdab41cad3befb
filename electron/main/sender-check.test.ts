import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isTrustedSender } from './sender-check.ts';
import { isAppUrl, APP_ENTRY_URL } from './app-url.ts';

describe('isTrustedSender', () => {
  test('accepts the top frame of the app origin', () => {
    assert.equal(isTrustedSender({ url: APP_ENTRY_URL, parent: null }), true);
    assert.equal(isTrustedSender({ url: 'lectern://app/reader?id=abc#top', parent: null }), true);
  });

  test('rejects a subframe even on the app origin', () => {
    const top = { url: APP_ENTRY_URL, parent: null };
    assert.equal(isTrustedSender({ url: 'lectern://app/articles/abc/index.html', parent: top }), false);
  });

  test('rejects other origins', () => {
    for (const url of [
      'https://example.com/',
      'http://app/index.html',
      'file:///etc/passwd',
      'lectern://evil/index.html',
      'lectern://app:8080/index.html',
      'lectern://user:pw@app/index.html',
      'about:blank',
      'data:text/html,hi',
      '',
      'not a url',
    ]) {
      assert.equal(isTrustedSender({ url, parent: null }), false, url);
    }
  });

  test('rejects a missing frame', () => {
    assert.equal(isTrustedSender(null), false);
    assert.equal(isTrustedSender(undefined), false);
  });
});

describe('isAppUrl', () => {
  test('lowercases the scheme but compares the host exactly (Chromium canonicalizes it to lowercase)', () => {
    assert.equal(isAppUrl('LECTERN://app/index.html'), true);
    assert.equal(isAppUrl('lectern://APP/index.html'), false);
  });
});
