import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepSpellcheckOffline } from './offline-spellcheck.ts';

function fakeSession() {
  const urls: string[] = [];
  return { urls, session: { setSpellCheckerDictionaryDownloadURL: (url: string) => void urls.push(url) } };
}

test('on Linux and Windows the dictionary download points at the app scheme, never at the network', () => {
  for (const platform of ['linux', 'win32'] as const) {
    const { urls, session } = fakeSession();
    keepSpellcheckOffline(session, platform);
    assert.equal(urls.length, 1);
    const url = new URL(urls[0] ?? '');
    assert.equal(url.protocol, 'lectern:');
    assert.equal(url.hostname, 'app');
    // The downloader appends the file name (en-US-10-1.bdic) to this base, so it must end with a slash.
    assert.ok(url.pathname.endsWith('/'));
  }
});

test('on macOS the OS spellchecker is left alone', () => {
  const { urls, session } = fakeSession();
  keepSpellcheckOffline(session, 'darwin');
  assert.deepEqual(urls, []);
});
