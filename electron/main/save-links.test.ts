import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Core } from '../core/core-types.ts';
import { ErrorCode, type Result } from '../shared/errors.ts';
import { argvPrefixLength, parseCommandLine } from './command-line.ts';
import { linksFromSecondInstance, saveLinks, saveLinksIn } from './save-links.ts';

const link = 'lectern-save://add?url=https%3A%2F%2Fexample.com%2Fa';

test('save links on a command line are links, never files, and bring nothing else with them', () => {
  const argv = ['/opt/Lectern/lectern', link];
  assert.deepEqual(saveLinksIn(argv, argvPrefixLength(argv, false)), [link]);
  assert.deepEqual(parseCommandLine(argv, 1, '/home/ada'), { dataDir: null, files: [] });
  // A link that smuggles other arguments in (Windows hands the link over as argv) opens no other library and imports no file.
  const smuggled = ['/opt/Lectern/lectern', '--data-dir', '/tmp/evil', link, '/etc/passwd'];
  assert.deepEqual(parseCommandLine(smuggled, 1, '/home/ada'), { dataDir: null, files: [] });
  assert.deepEqual(saveLinksIn(['lectern', 'notes.md'], 1), []);
});

test('a second instance’s links come from its message, else its argv', () => {
  assert.deepEqual(linksFromSecondInstance({ files: [], links: [link] }, ['lectern'], 1), [link]);
  assert.deepEqual(linksFromSecondInstance({ links: ['https://example.com'] }, ['lectern', link], 1), [link], 'a malformed message is not trusted');
  assert.deepEqual(linksFromSecondInstance(null, ['lectern', '--no-sandbox', link], 1), [link]);
  assert.equal(linksFromSecondInstance({ links: Array(50).fill(link) }, [], 1).length, 20);
});

test('each link goes to core as it came; a refusal is only logged', async (t) => {
  const calls: Array<[string, unknown]> = [];
  const core = {
    dispatch: (async (method: string, input: unknown): Promise<Result<unknown>> => {
      calls.push([method, input]);
      return calls.length === 1 ? { ok: true, value: {} } : { ok: false, code: ErrorCode.invalidUrl, message: 'Not a link.' };
    }) as Core['dispatch'],
  };
  const logged = t.mock.method(console, 'error', () => {});
  await saveLinks(core, [link, 'lectern-save://open']);
  assert.deepEqual(calls, [['articles.addFromSaveLink', { link }], ['articles.addFromSaveLink', { link: 'lectern-save://open' }]]);
  assert.equal(logged.mock.callCount(), 1);
  assert.match(String(logged.mock.calls[0]?.arguments[0]), /lectern-save:\/\/open was not saved: Not a link\./);
});
