import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeExternalUrl, openExternalSafely } from './external-links.ts';

describe('isSafeExternalUrl', () => {
  test('allows http and https', () => {
    assert.equal(isSafeExternalUrl('https://example.com/a?b=c#d'), true);
    assert.equal(isSafeExternalUrl('http://example.com'), true);
    assert.equal(isSafeExternalUrl('HTTPS://Example.com/'), true);
  });

  test('refuses every other scheme and junk', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'lectern://app/index.html',
      'smb://server/share',
      'mailto:a@b.c',
      'ftp://example.com/',
      'vbscript:msgbox',
      '//example.com/',
      '/relative',
      'https://',
      '',
      'not a url',
    ]) {
      assert.equal(isSafeExternalUrl(url), false, url);
    }
  });

  test('refuses non-strings', () => {
    assert.equal(isSafeExternalUrl(undefined), false);
    assert.equal(isSafeExternalUrl(null), false);
    assert.equal(isSafeExternalUrl({ toString: () => 'https://example.com' }), false);
  });
});

describe('openExternalSafely', () => {
  test('calls openExternal only for safe urls, with the normalized href', async () => {
    const opened: string[] = [];
    const open = async (url: string) => {
      opened.push(url);
    };
    assert.equal(openExternalSafely('https://Example.com', open), true);
    assert.equal(openExternalSafely('file:///etc/passwd', open), false);
    assert.equal(openExternalSafely('javascript:alert(1)', open), false);
    assert.deepEqual(opened, ['https://example.com/']);
  });

  test('swallows a failing browser launch instead of crashing main', async () => {
    const failing = () => Promise.reject(new Error('no browser'));
    assert.equal(openExternalSafely('https://example.com', failing), true);
    await new Promise((resolve) => setImmediate(resolve));
  });
});
