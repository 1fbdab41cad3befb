import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { allowRedirect, decideNavigation } from './navigation-policy.ts';
import { allowPermission } from './permission-policy.ts';

describe('decideNavigation', () => {
  test('the top frame never navigates, not even within the app', () => {
    assert.deepEqual(decideNavigation('lectern://app/index.html', true), { allow: false, openExternally: null });
    assert.deepEqual(decideNavigation('file:///etc/passwd', true), { allow: false, openExternally: null });
  });

  test('a web link in the top frame goes to the system browser', () => {
    assert.deepEqual(decideNavigation('https://example.com/post', true), {
      allow: false,
      openExternally: 'https://example.com/post',
    });
  });

  test('subframes may load app documents and empty documents', () => {
    assert.equal(decideNavigation('lectern://app/articles/abc/index.html', false).allow, true);
    assert.equal(decideNavigation('about:blank', false).allow, true);
    assert.equal(decideNavigation('about:srcdoc', false).allow, true);
  });

  test('a link clicked inside an article opens outside instead of loading in the iframe', () => {
    assert.deepEqual(decideNavigation('http://example.com/', false), { allow: false, openExternally: 'http://example.com/' });
    assert.deepEqual(decideNavigation('javascript:alert(1)', false), { allow: false, openExternally: null });
    assert.deepEqual(decideNavigation('lectern://other/x', false), { allow: false, openExternally: null });
  });
});

test('redirects must stay in the app origin', () => {
  assert.equal(allowRedirect('lectern://app/index.html'), true);
  assert.equal(allowRedirect('https://example.com/'), false);
  assert.equal(allowRedirect('file:///tmp/x'), false);
});

describe('allowPermission', () => {
  test('clipboard for the app top frame only', () => {
    assert.equal(allowPermission('clipboard-read', 'lectern://app/index.html', true), true);
    assert.equal(allowPermission('clipboard-sanitized-write', 'lectern://app', true), true);
    assert.equal(allowPermission('clipboard-read', 'lectern://app/articles/a/index.html', false), false);
    assert.equal(allowPermission('clipboard-read', 'https://evil.example', true), false);
    assert.equal(allowPermission('clipboard-read', undefined, true), false);
  });

  test('everything else is denied, even to the app', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'midiSysex', 'hid', 'unknown']) {
      assert.equal(allowPermission(p, 'lectern://app/index.html', true), false, p);
    }
  });
});
