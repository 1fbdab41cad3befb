import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSaveLink, parseSaveLink } from './save-link.ts';

const link = (url: string) => `lectern-save://add?url=${encodeURIComponent(url)}`;

test('a save link hands over one web address, decoded', () => {
  assert.deepEqual(parseSaveLink(link('https://example.com/a-story?id=3&utm_source=x#part')), { ok: true, url: 'https://example.com/a-story?id=3&utm_source=x#part' });
  assert.deepEqual(parseSaveLink('lectern-save://add/?url=http%3A%2F%2F127.0.0.1%3A8080%2Fwiki'), { ok: true, url: 'http://127.0.0.1:8080/wiki' });
  assert.deepEqual(parseSaveLink('LECTERN-SAVE://ADD?url=https%3A%2F%2Fexample.com%2F'), { ok: true, url: 'https://example.com/' });
  assert.deepEqual(parseSaveLink('lectern-save:add?url=https%3A%2F%2Fexample.com%2Fp&title=ignored'), { ok: true, url: 'https://example.com/p' });
});

test('anything but adding one http(s) address is refused with a reason', () => {
  const refused = (text: string) => {
    const result = parseSaveLink(text);
    assert.equal(result.ok, false, text);
    return result.ok ? '' : result.reason;
  };
  assert.match(refused(link('javascript:alert(1)')), /only http and https pages/);
  assert.match(refused(link('file:///etc/passwd')), /only http and https pages/);
  assert.match(refused(link('lectern://app/index.html')), /only http and https pages/);
  assert.match(refused(link('https://example.com/a story')), /not a web address/);
  assert.match(refused('lectern-save://open?url=https%3A%2F%2Fexample.com'), /can only add a link/);
  assert.match(refused('lectern-save://add/extra?url=https%3A%2F%2Fexample.com'), /can only add a link/);
  assert.match(refused('lectern-save://add'), /exactly one url/);
  assert.match(refused('lectern-save://add?url=https%3A%2F%2Fa.example&url=https%3A%2F%2Fb.example'), /names 2/);
  assert.match(refused('lectern://app/?url=https%3A%2F%2Fexample.com'), /is not a lectern-save:\/\/ link/);
  assert.match(refused(`lectern-save://add?url=${'a'.repeat(20_000)}`), /too long/);
});

test('save links are told apart from files on a command line', () => {
  assert.ok(isSaveLink('lectern-save://add?url=x'));
  assert.ok(isSaveLink('Lectern-Save:add'));
  assert.ok(!isSaveLink('/home/me/lectern-save.html'));
  assert.ok(!isSaveLink('lectern://app/'));
});
